import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listEntities } from "@/lib/aliases/list-entities";
import { AliasList } from "./alias-list";
import { NewEntityForm } from "./entity-forms";
import "../lifecycle.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("aliases");
  return { title: t("title") };
}

export default async function AliasesPage() {
  const [user, entities, t] = await Promise.all([requirePageUser(), listEntities(), getTranslations("aliases")]);
  const editable = can(user.role, "tag");
  return (
    <div className="aliases">
      <div className="page-head">
        <h1>{t("title")}</h1>
        <span className="muted small">{t("count", { count: entities.length })}</span>
      </div>
      <p className="muted aliases-intro">{t("intro")}</p>
      {!editable && <p className="notice">{t("readOnly")}</p>}
      {editable && <NewEntityForm />}
      <AliasList
        editable={editable}
        entities={entities.map((e) => ({
          id: e.id,
          name: e.name,
          note: e.note,
          version: e.version,
          spellings: e.spellings,
        }))}
      />
    </div>
  );
}
