import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listOutletNames } from "@/lib/articles/list-outlets";
import { isoDay } from "@/lib/format";
import { ImportForm } from "./import-form";

export const metadata: Metadata = { title: "Import an article" };

export default async function NewArticlePage() {
  const [user, outlets, t] = await Promise.all([requirePageUser(), listOutletNames(), getTranslations("imports")]);
  return (
    <div className="narrow">
      <h1>Import an article</h1>
      {can(user.role, "import") ? (
        <>
          <p className="muted">
            Paste the article or upload it as a .txt, .md or .html file. Recoupe keeps the text exactly as imported,
            reads the story out of it (leaving out share buttons, captions, cookie notices and comment forms), and
            suggests the figures it finds.
          </p>
          <p className="small">
            <Link href="/articles/new/bulk">{t("title")} →</Link>
          </p>
          <ImportForm outlets={outlets} today={isoDay(new Date())} />
        </>
      ) : (
        <p className="notice">Your role ({user.role}) can read and export, but not import articles.</p>
      )}
    </div>
  );
}
