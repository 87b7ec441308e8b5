import { db } from "@/lib/db/client";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { describeChanges, type Change, type EntityType } from "./describe-changes";

export type RevisionView = {
  id: string;
  action: string;
  /** "Changed", "Sent to the bin"… in the reader's language. */
  actionLabel: string;
  actor: string;
  at: string;
  changes: Change[];
};

const REF_COLUMNS = ["outlet_id", "article_id", "fact_id", "claim_id"] as const;

/** The names of the outlets, articles, facts and claims that changed id columns point to. */
async function namesOf(ids: Record<(typeof REF_COLUMNS)[number], Set<string>>): Promise<Map<string, string>> {
  const inList = (set: Set<string>) => ({ in: [...set] });
  const [outlets, articles, facts, claims] = await Promise.all([
    ids.outlet_id.size
      ? db().outlet.findMany({ where: { id: inList(ids.outlet_id) }, select: { id: true, name: true } })
      : [],
    ids.article_id.size
      ? db().article.findMany({ where: { id: inList(ids.article_id) }, select: { id: true, title: true } })
      : [],
    ids.fact_id.size
      ? db().fact.findMany({ where: { id: inList(ids.fact_id) }, select: { id: true, label: true } })
      : [],
    ids.claim_id.size
      ? db().claim.findMany({ where: { id: inList(ids.claim_id) }, select: { id: true, figure: true } })
      : [],
  ]);
  return new Map([
    ...outlets.map((o) => [o.id, o.name] as const),
    ...articles.map((a) => [a.id, a.title] as const),
    ...facts.map((f) => [f.id, f.label] as const),
    ...claims.map((c) => [c.id, c.figure] as const),
  ]);
}

/** The history of one article, fact, claim or note, oldest first, in the reader's language. */
export async function listRevisions(
  entityType: EntityType,
  entityId: string,
  locale?: UiLocale,
): Promise<RevisionView[]> {
  const language = locale ?? (await currentLocale());
  const t = translator(language, "history");
  const [rows, claim] = await Promise.all([
    db().revision.findMany({ where: { entityType, entityId }, orderBy: { id: "asc" } }),
    entityType === "claim" ? db().claim.findUnique({ where: { id: entityId }, select: { kind: true } }) : null,
  ]);
  const actorIds = [...new Set(rows.map((r) => r.actorId).filter((a): a is string => a !== null))];
  const ids = Object.fromEntries(REF_COLUMNS.map((c) => [c, new Set<string>()])) as Record<
    (typeof REF_COLUMNS)[number],
    Set<string>
  >;
  for (const r of rows) {
    if (r.action === "create") continue;
    for (const side of [r.before, r.after] as (Record<string, unknown> | null)[]) {
      for (const column of REF_COLUMNS) {
        const value = side?.[column];
        if (typeof value === "string") ids[column].add(value);
      }
    }
  }
  const [actors, names] = await Promise.all([
    db().user.findMany({ where: { id: { in: actorIds } }, select: { id: true, name: true } }),
    namesOf(ids),
  ]);
  const actorNames = new Map(actors.map((a) => [a.id, a.name]));
  return rows.map((r) => {
    const before = (r.before ?? {}) as Record<string, unknown>;
    const after = (r.after ?? {}) as Record<string, unknown>;
    const action = r.action as "create" | "update" | "delete" | "restore" | "purge";
    return {
      id: String(r.id),
      action: r.action,
      actionLabel: t.has(`actions.${action}`) ? t(`actions.${action}`) : r.action,
      actor: r.actorId ? (actorNames.get(r.actorId) ?? t("formerUser")) : t("system"),
      at: r.at.toISOString(),
      changes:
        r.action === "create"
          ? []
          : describeChanges(entityType, before, after, { locale: language, claimKind: claim?.kind, names }),
    };
  });
}
