import { describe, expect, it } from "vitest";
import { sql } from "@/lib/db/client";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { COLUMNS, HIDDEN_COLUMNS, type EntityType } from "./describe-changes";

setUpTestDatabase();

// A column added to a table with a history must say how it reads in a history
// line (a label in every language and a way to show its value) or be listed as
// bookkeeping: otherwise editors would see its raw name.

const TABLES: Record<EntityType, string> = { article: "articles", fact: "facts", claim: "claims", note: "notes" };

describe("history labels", () => {
  it.each(Object.entries(TABLES))("every column of %s is labelled or hidden", async (entity, table) => {
    const rows = await sql()<{ column_name: string }[]>`
      SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name = ${table}`;
    expect(rows.length).toBeGreaterThan(3);
    const columns = COLUMNS[entity as EntityType];
    const unlabelled = rows.map((r) => r.column_name).filter((c) => !HIDDEN_COLUMNS.has(c) && !(c in columns));
    expect(unlabelled).toEqual([]);
    for (const locale of UI_LOCALES) {
      const labels = CATALOGS[locale].history.fields[entity as EntityType] as Record<string, string>;
      expect(
        Object.keys(columns).filter((c) => !labels[c]),
        locale,
      ).toEqual([]);
    }
  });
});
