"use client";

import { useTranslations } from "next-intl";
import { useMemo, useState } from "react";
import { EntityCard, type EntityItem } from "./entity-forms";

// Folded as the server folds (case and accents do not count), to filter as one types.
const fold = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "");

export function AliasList({ entities, editable }: { entities: EntityItem[]; editable: boolean }) {
  const t = useTranslations("aliases");
  const [query, setQuery] = useState("");
  const shown = useMemo(() => {
    const q = fold(query.trim());
    if (!q) return entities;
    return entities.filter((e) => [e.name, ...e.spellings.map((s) => s.alias)].some((s) => fold(s).includes(q)));
  }, [entities, query]);
  return (
    <section aria-labelledby="aliases-list-title">
      <h2 id="aliases-list-title" className="lc-hidden">
        {t("spellings")}
      </h2>
      <div className="field aliases-find">
        <label htmlFor="aliases-find">
          {t("find")} <span className="hint">{t("findHint")}</span>
        </label>
        <input
          id="aliases-find"
          type="search"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
          autoComplete="off"
        />
      </div>
      {entities.length === 0 && <p className="notice">{t("empty")}</p>}
      {entities.length > 0 && shown.length === 0 && <p className="notice">{t("noMatch", { query })}</p>}
      <ul className="entity-list">
        {shown.map((entity) => (
          <li key={entity.id}>
            <EntityCard entity={entity} editable={editable} others={entities.filter((o) => o.id !== entity.id)} />
          </li>
        ))}
      </ul>
    </section>
  );
}
