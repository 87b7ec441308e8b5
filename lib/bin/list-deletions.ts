import { db } from "@/lib/db/client";
import { currentLocale } from "@/lib/i18n/current-locale";
import type { UiLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";

export type BinEntry = {
  id: string;
  entityType: string;
  /** The kind of item in the reader's language ("article", "affirmation"). */
  typeLabel: string;
  entityId: string;
  label: string;
  deletedBy: string;
  deletedAt: string;
  claims: number;
  notes: number;
};

const TYPES = ["article", "fact", "claim", "note"] as const;
const isKnownType = (value: string): value is (typeof TYPES)[number] => (TYPES as readonly string[]).includes(value);

/** What is in the bin (deleted, not yet restored), most recent first, in the reader's language. */
export async function listDeletions(locale?: UiLocale): Promise<BinEntry[]> {
  const t = translator(locale ?? (await currentLocale()), "bin");
  const rows = await db().deletion.findMany({
    where: { restoredAt: null },
    orderBy: { deletedAt: "desc" },
    take: 500,
    include: { _count: { select: { claims: true, notes: true } } },
  });
  const users = await db().user.findMany({
    where: { id: { in: rows.map((r) => r.deletedById).filter((id): id is string => id !== null) } },
    select: { id: true, name: true },
  });
  const names = new Map(users.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    entityType: r.entityType,
    typeLabel: isKnownType(r.entityType) ? t(`types.${r.entityType}`) : r.entityType,
    entityId: r.entityId,
    label: r.label,
    deletedBy: r.deletedById ? (names.get(r.deletedById) ?? t("formerUser")) : t("system"),
    deletedAt: r.deletedAt.toISOString(),
    claims: r._count.claims,
    notes: r._count.notes,
  }));
}
