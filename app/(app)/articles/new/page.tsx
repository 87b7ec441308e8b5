import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listOutletNames } from "@/lib/articles/list-outlets";
import { isoDay } from "@/lib/format";
import { ImportForm } from "./import-form";
import { UrlImportForm } from "./url-import-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("articles.new");
  return { title: t("title") };
}

export default async function NewArticlePage() {
  const [user, outlets, t] = await Promise.all([requirePageUser(), listOutletNames(), getTranslations("imports")]);
  const tn = await getTranslations("articles.new");
  return (
    <div className="narrow">
      <h1>{tn("title")}</h1>
      {can(user.role, "import") ? (
        <>
          <p className="muted">{tn("intro")}</p>
          <p className="small">
            <Link href="/articles/new/bulk">{t("title")} →</Link>
          </p>
          <ImportForm outlets={outlets} today={isoDay(new Date())} />
          <UrlImportForm />
        </>
      ) : (
        <p className="notice">{tn("noRight", { role: user.role })}</p>
      )}
    </div>
  );
}
