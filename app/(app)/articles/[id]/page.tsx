import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { getArticle } from "@/lib/articles/get-article";
import { cache } from "react";
import { getCurrentUser, requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getFormats } from "@/lib/i18n/formats";
import { MAX_PRINT_FACTS } from "@/lib/print/print-schema";
import { DownloadLinks } from "../../../_components/download-links";
import { DeleteArticle } from "./delete-article";
import { ImportAnnotations } from "./import-annotations";
import { Reader } from "./reader";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ claim?: string; imported?: string }> };

const idSchema = z.uuid();
// One read per request, shared by the metadata and the page.
const loadArticle = cache(getArticle);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const t = await getTranslations("articles.head");
  if (!(await getCurrentUser()) || !idSchema.safeParse(id).success) return { title: t("article") };
  const article = await loadArticle(id);
  return { title: article ? article.title : t("notFound") };
}

export default async function ArticlePage({ params, searchParams }: Props) {
  const [{ id }, { claim, imported }] = await Promise.all([params, searchParams]);
  if (!idSchema.safeParse(id).success) notFound();
  const [user, article, t] = await Promise.all([requirePageUser(), loadArticle(id), getTranslations("reader")]);
  const [th, f, tp, tv, ta] = await Promise.all([
    getTranslations("articles.head"),
    getFormats(),
    getTranslations("print"),
    getTranslations("versions"),
    getTranslations("archive"),
  ]);
  if (!article) notFound();
  const factIds = [...new Set(article.claims.flatMap((c) => (c.fact ? [c.fact.id] : [])))].slice(0, MAX_PRINT_FACTS);
  return (
    <>
      <div className="page-head">
        <div>
          <p className="muted small">
            {article.outlet} · {f.day(article.publishedAt)} · {f.language(article.language)}
            {article.url && (
              <>
                {" · "}
                <a href={article.url} rel="noopener noreferrer nofollow" target="_blank">
                  {th("source")}
                </a>
              </>
            )}
            {" · "}
            <Link href={`/articles/${article.id}/source`}>{th("asImported")}</Link>
            {" · "}
            <Link href={`/articles/${article.id}/versions`}>{tv("title")}</Link>
            {" · "}
            <Link href={`/articles/${article.id}/archive`}>{ta("title")}</Link>
          </p>
          <h1>{article.title}</h1>
        </div>
        {can(user.role, "delete") && <DeleteArticle articleId={article.id} claims={article.claims.length} />}
      </div>
      {can(user.role, "export") && (
        <DownloadLinks
          label={tp("downloads.label")}
          lead={tp("downloads.lead")}
          links={[
            { href: `/api/standards/articles/${article.id}/annotations`, label: tp("downloads.annotations") },
            ...(factIds.length > 0
              ? [{ href: `/api/print/facts?facts=${factIds.join(",")}`, label: tp("downloads.pdfMany") }]
              : []),
          ]}
        />
      )}
      {can(user.role, "tag") && <ImportAnnotations articleId={article.id} />}
      {imported && (
        <p className="notice" role="status">
          {t("imported", { count: article.pendingSuggestions })}
        </p>
      )}
      <Reader
        article={article}
        initialClaimId={claim ?? null}
        permissions={{
          tag: can(user.role, "tag"),
          annotate: can(user.role, "annotate"),
          delete: can(user.role, "delete"),
        }}
      />
    </>
  );
}
