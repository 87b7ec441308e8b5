import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KINDS } from "@/lib/claims/value";
import { DISCREPANCY_VERDICTS, LIST_STATUSES, NOTES_FILTERS, type ParsedListQuery } from "@/lib/facts/list-filters";
import { STORED_VERDICTS } from "@/lib/facts/refresh-fact-verdicts";

// The filter bar of the facts and discrepancy lists: a plain GET form, so that
// it works without JavaScript, every filter is in the address (to share or
// bookmark), and the keyboard goes through it in reading order.

type Props = {
  scope: "facts" | "discrepancies";
  query: ParsedListQuery;
};

export async function ListFilterBar({ scope, query }: Props) {
  const [t, tv, tf, root] = await Promise.all([
    getTranslations("lists.filters"),
    getTranslations("verdicts.relation"),
    getTranslations("factPage.kind"),
    getTranslations(),
  ]);
  const { filters, errors } = query;
  const action = `/${scope}`;
  const verdicts = scope === "facts" ? STORED_VERDICTS : DISCREPANCY_VERDICTS;
  const refused = Object.values(errors);
  return (
    <>
      {refused.length > 0 && (
        <div className="notice error" role="alert">
          <p>{root("lists.errors.heading")}</p>
          <ul>
            {refused.map((key) => (
              <li key={key}>{root(key as Parameters<typeof root>[0])}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="get" action={action} className="card filter-bar" role="search" aria-label={t("label")}>
        <div className="field words">
          <label htmlFor={`${scope}-q`}>{t("words")}</label>
          <input id={`${scope}-q`} name="q" type="search" defaultValue={filters.q ?? ""} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={`${scope}-status`}>{t("status")}</label>
          <select id={`${scope}-status`} name="status" defaultValue={filters.status ?? "all"}>
            {LIST_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${scope}-verdict`}>{t("verdict")}</label>
          <select id={`${scope}-verdict`} name="verdict" defaultValue={filters.verdict ?? ""}>
            <option value="">{t("any")}</option>
            {verdicts.map((v) => (
              <option key={v} value={v}>
                {tv(v)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${scope}-kind`}>{t("kind")}</label>
          <select id={`${scope}-kind`} name="kind" defaultValue={filters.kind ?? ""}>
            <option value="">{t("any")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {tf(k)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${scope}-outlet`}>{t("outlet")}</label>
          <input id={`${scope}-outlet`} name="outlet" type="text" defaultValue={filters.outlet ?? ""} maxLength={200} />
        </div>
        <div className="field">
          <label htmlFor={`${scope}-notes`}>{t("notes")}</label>
          <select id={`${scope}-notes`} name="notes" defaultValue={filters.notes ?? ""}>
            <option value="">{t("any")}</option>
            {NOTES_FILTERS.map((n) => (
              <option key={n} value={n}>
                {t(`notesChoices.${n}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field filter-actions">
          <button type="submit">{t("apply")}</button>
          <Link href={action}>{t("clear")}</Link>
        </div>
      </form>
    </>
  );
}
