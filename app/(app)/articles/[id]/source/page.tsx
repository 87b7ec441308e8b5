import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { requirePageUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db/client";

export const metadata: Metadata = { title: "Text as imported" };

/** The article exactly as it was imported, page furniture and markup included. */
export default async function SourcePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  await requirePageUser();
  const article = await db().article.findFirst({
    where: { id, deletedAt: null },
    select: { id: true, title: true, rawText: true, sourceFormat: true },
  });
  if (!article) notFound();
  return (
    <>
      <p>
        <Link href={`/articles/${article.id}`}>← Back to the article</Link>
      </p>
      <h1>{article.title}</h1>
      <p className="muted">
        Exactly as imported ({article.sourceFormat}). Claims anchor to the story text Recoupe read out of it, shown on
        the article page.
      </p>
      <pre className="card source-text">{article.rawText}</pre>
    </>
  );
}
