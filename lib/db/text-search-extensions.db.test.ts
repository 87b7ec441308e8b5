import { describe, expect, it } from "vitest";
import { sql } from "@/lib/db/client";
import { setUpTestDatabase } from "@/lib/testing/test-database";

setUpTestDatabase();

describe("folded text", () => {
  it("compares without case or accents, in French and beyond", async () => {
    const rows = await sql()<{ folded: string }[]>`
      SELECT recoupe_fold(t) AS folded FROM unnest(${["Réfugiés", "ÇA", "Haut-Karabagh", "Œuvre", "Ağdam"]}::text[]) AS t`;
    expect(rows.map((r) => r.folded)).toEqual(["refugies", "ca", "haut-karabagh", "oeuvre", "agdam"]);
  });

  it("can be indexed, with trigrams too", async () => {
    await sql()`CREATE TEMP TABLE labels (label text)`;
    await sql()`CREATE INDEX ON labels USING gin (recoupe_fold(label) gin_trgm_ops)`;
    await sql()`INSERT INTO labels VALUES ('Morts de la guerre de 2020'), ('Réfugiés arméniens')`;
    const [hit] = await sql()<{ label: string }[]>`
      SELECT label FROM labels WHERE recoupe_fold(label) LIKE '%' || recoupe_fold('REFUGIES') || '%'`;
    expect(hit?.label).toBe("Réfugiés arméniens");
  });
});
