import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listOutletNames } from "@/lib/articles/list-outlets";
import { isoDay } from "@/lib/format";
import { MAX_FILE_BYTES, MAX_UPLOAD_BYTES } from "@/lib/imports/limits";
import { BulkImportForm } from "./bulk-import-form";
import "../../imports/imports.css";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("imports"))("title") };
}

export default async function BulkImportPage() {
  const [user, outlets, t] = await Promise.all([requirePageUser(), listOutletNames(), getTranslations("imports")]);
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      {can(user.role, "import") ? (
        <>
          <p className="muted">{t("intro")}</p>
          <BulkImportForm
            outlets={outlets}
            today={isoDay(new Date())}
            limits={{ file: MAX_FILE_BYTES, upload: MAX_UPLOAD_BYTES }}
          />
          <p className="small">
            <Link href="/articles/imports">{t("history")}</Link> · <Link href="/articles/new">{t("single")}</Link>
          </p>
        </>
      ) : (
        <p className="notice">{t("noRight", { role: user.role })}</p>
      )}
    </div>
  );
}
