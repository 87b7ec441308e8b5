import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.source");
  return { title: t("title") };
}

/** The article exactly as it was imported, page furniture and markup included. */
export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const [, t, tFormats] = await Promise.all([
    requirePageUser(),
    getTranslations("articles.source"),
    getTranslations("articles.new.formats"),
  ]);
  const article = await db().article.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, title: true, rawText: true, sourceFormat: true },
  });
  if (!article) notFound();
  // The format as the import form names it ("Texte brut"), not its code.
  const format = (code: string) => (tFormats.has(code as "text") ? tFormats(code as "text") : code);
  return (
    <>
      <p>
        <Link href={`/articles/${article.id}`}>{t("back")}</Link>
      </p>
      <h1>{article.title}</h1>
      <p className="muted">{t("intro", { format: format(article.sourceFormat) })}</p>
      <pre className="card source-text">{article.rawText}</pre>
    </>
  );
}
