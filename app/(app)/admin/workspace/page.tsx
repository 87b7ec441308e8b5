import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { MAX_UPLOAD_BYTES, WORKSPACE_EXTENSION } from "@/lib/workspace/file-format";
import { findWorkspaceData } from "@/lib/workspace/import-workspace";
import { RestoreForm } from "./restore-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("backup");
  return { title: t("metaTitle") };
}

export default async function WorkspacePage() {
  const user = await requirePageUser();
  if (!can(user.role, "backup")) notFound();
  const [present, t] = await Promise.all([findWorkspaceData(), getTranslations("backup")]);
  return (
    <>
      <div className="page-head">
        <h1>{t("title")}</h1>
      </div>

      <section className="card narrow" aria-labelledby="backup-title">
        <h2 id="backup-title" className="section-title">
          {t("downloadTitle")}
        </h2>
        <p>{t("downloadBody", { extension: WORKSPACE_EXTENSION })}</p>
        <p>
          <a className="button primary" href="/api/workspace" download>
            {t("download")}
          </a>
        </p>
      </section>

      <section className="card narrow" aria-labelledby="restore-title">
        <h2 id="restore-title" className="section-title">
          {t("restoreTitle")}
        </h2>
        <p className="small muted">{t("restoreBody")}</p>
        <RestoreForm maxBytes={MAX_UPLOAD_BYTES} present={present} />
      </section>
    </>
  );
}
