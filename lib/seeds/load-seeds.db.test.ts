import { beforeAll, describe, expect, it } from "vitest";
import { closeDb, db, sql } from "@/lib/db/client";
import { listFacts } from "@/lib/facts/list-facts";
import { createTestDatabase, setUpTestDatabase } from "@/lib/testing/test-database";
import { loadSeeds, type SeedReport } from "./load-seeds";
import { readSeeds } from "./read-seeds";

const database = setUpTestDatabase();

type Counts = Record<"articles" | "facts" | "claims" | "notes" | "suggestions" | "revisions", number>;

async function counts(): Promise<Counts> {
  const [row] = await sql()<Counts[]>`
    SELECT (SELECT count(*)::int FROM articles) AS articles,
      (SELECT count(*)::int FROM facts) AS facts,
      (SELECT count(*)::int FROM claims) AS claims,
      (SELECT count(*)::int FROM notes) AS notes,
      (SELECT count(*)::int FROM suggestions) AS suggestions,
      (SELECT count(*)::int FROM revisions) AS revisions`;
  if (!row) throw new Error("no counts");
  return row;
}

let seeds: Awaited<ReturnType<typeof readSeeds>>;
let first: SeedReport;
let afterFirst: Counts;
let actorId: string;

beforeAll(async () => {
  seeds = await readSeeds();
  const user = await db().user.create({
    data: { name: "Seed Loader", email: "seed-loader@seeds.test", role: "admin" },
  });
  actorId = user.id;
  first = await loadSeeds(actorId);
  afterFirst = await counts();
});

describe("loading the seeds", () => {
  it("loads every seed article, fact, claim and note once", async () => {
    expect(first).toEqual({
      articles: seeds.articles.length,
      facts: seeds.facts.length,
      claims: seeds.claims.length,
      notes: seeds.notes.length,
    });
    const c = await counts();
    expect(c).toMatchObject({
      articles: seeds.articles.length,
      facts: seeds.facts.length,
      claims: seeds.claims.length,
      notes: seeds.notes.length,
    });
    expect(c.suggestions).toBeGreaterThan(0);
  });

  it("adds nothing the second time", async () => {
    const before = await counts();
    const again = await loadSeeds(actorId);
    expect(again).toEqual({ articles: 0, facts: 0, claims: 0, notes: 0 });
    expect(await counts()).toEqual(before);
  });

  it("ends with exactly one copy when two loads start at the same moment", async () => {
    // A database of its own, empty of seeds, so that both loads race from zero.
    const other = await createTestDatabase();
    const previous = process.env.DATABASE_URL;
    await closeDb();
    process.env.DATABASE_URL = other.url;
    try {
      const user = await db().user.create({ data: { name: "Racer", email: "racer@seeds.test", role: "admin" } });
      const reports = await Promise.all([loadSeeds(user.id), loadSeeds(user.id)]);
      const total = (key: keyof SeedReport) => reports.reduce((n, r) => n + r[key], 0);
      expect(total("articles")).toBe(seeds.articles.length);
      expect(total("facts")).toBe(seeds.facts.length);
      expect(total("claims")).toBe(seeds.claims.length);
      expect(total("notes")).toBe(seeds.notes.length);
      // One load did everything, the other found every key present.
      expect(reports.map((r) => r.articles).sort()).toEqual([0, seeds.articles.length]);
      // Row for row what one load alone writes, suggestions and history included.
      expect(await counts()).toEqual(afterFirst);
      const [dupes] = await sql()<{ n: number }[]>`
        SELECT count(*)::int AS n FROM (SELECT text_hash FROM articles GROUP BY text_hash HAVING count(*) > 1) d`;
      expect(dupes?.n).toBe(0);
    } finally {
      await closeDb();
      process.env.DATABASE_URL = previous ?? database.url();
      await other.drop();
    }
  });
});

describe("the seed claims", () => {
  it("quote the article text exactly at their code point offsets", async () => {
    const rows = await sql()<{ seed_key: string; quote_exact: string; at_offsets: string }[]>`
      SELECT c.seed_key, c.quote_exact, substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start) AS at_offsets
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.seed_key IS NOT NULL
      ORDER BY c.seed_key`;
    expect(rows).toHaveLength(seeds.claims.length);
    const wrong = rows.filter((r) => r.at_offsets !== r.quote_exact);
    expect(wrong).toEqual([]);
    // The quotes are the editors' (whitespace aside), not some other passage.
    const typed = new Map(seeds.claims.map((c) => [c.key, c.quote.replace(/\s+/g, " ").trim()]));
    for (const r of rows) expect(r.quote_exact.replace(/\s+/g, " "), r.seed_key).toBe(typed.get(r.seed_key));
  });

  it("hold their figure inside their quote, at the figure's offsets", async () => {
    const rows = await sql()<{ seed_key: string; figure: string; at_offsets: string; inside: boolean }[]>`
      SELECT c.seed_key, c.figure,
        substr(a.text, c.figure_start + 1, c.figure_end - c.figure_start) AS at_offsets,
        (c.figure_start >= c.quote_start AND c.figure_end <= c.quote_end AND c.figure_end > c.figure_start) AS inside
      FROM claims c JOIN articles a ON a.id = c.article_id
      WHERE c.seed_key IS NOT NULL`;
    expect(rows).toHaveLength(seeds.claims.length);
    expect(rows.filter((r) => !r.inside || r.at_offsets !== r.figure)).toEqual([]);
    const typed = new Map(seeds.claims.map((c) => [c.key, c.figure]));
    for (const r of rows) expect(r.figure.toLowerCase(), r.seed_key).toBe(typed.get(r.seed_key)?.toLowerCase());
  });

  it("include the two disagreements the users named", async () => {
    const figures = async (factKey: string) =>
      sql()<{ outlet: string; figure: string }[]>`
        SELECT o.name AS outlet, c.figure
        FROM claims c JOIN facts f ON f.id = c.fact_id JOIN articles a ON a.id = c.article_id JOIN outlets o ON o.id = a.outlet_id
        WHERE f.seed_key = ${factKey} AND c.deleted_at IS NULL
        ORDER BY o.name`;
    const war = await figures("war-2020-deaths");
    expect(war).toContainEqual({ outlet: "Euronews", figure: "6 500" });
    expect(war).toContainEqual({ outlet: "AP (traduction française)", figure: "Plus de 6 700" });
    const sept = await figures("sept-2022-deaths");
    expect(sept).toEqual([
      { outlet: "AP (traduction française)", figure: "plus de 200" },
      { outlet: "Euronews", figure: "286" },
    ]);
  });

  it("classify the seed facts as a careful editor would", async () => {
    const keys = await db().fact.findMany({ where: { seedKey: { not: null } }, select: { id: true, seedKey: true } });
    const byId = new Map(keys.map((k) => [k.id, k.seedKey]));
    const verdicts = Object.fromEntries((await listFacts()).map((f) => [byId.get(f.id), f.verdict.relation]));
    expect({
      "war-2020-deaths": verdicts["war-2020-deaths"],
      "sept-2022-deaths": verdicts["sept-2022-deaths"],
      "truces-count": verdicts["truces-count"],
      "first-truce-date": verdicts["first-truce-date"],
      "second-truce-date": verdicts["second-truce-date"],
      "war-2020-start": verdicts["war-2020-start"],
      "sochi-summit-date": verdicts["sochi-summit-date"],
      "ceasefire-2020-year": verdicts["ceasefire-2020-year"],
      "conflict-age": verdicts["conflict-age"],
      "karabakh-retaken": verdicts["karabakh-retaken"],
      "putin-previous-visit": verdicts["putin-previous-visit"],
      "treaty-year": verdicts["treaty-year"],
      "moscow-consultations-date": verdicts["moscow-consultations-date"],
    }).toEqual({
      "war-2020-deaths": "conflict",
      "sept-2022-deaths": "compatible", // narrower scope: soldiers among the dead
      "truces-count": "evolving",
      "first-truce-date": "conflict",
      "second-truce-date": "compatible",
      "war-2020-start": "compatible",
      "sochi-summit-date": "agree",
      "ceasefire-2020-year": "conflict",
      "conflict-age": "conflict",
      "karabakh-retaken": "agree",
      "putin-previous-visit": "agree",
      "treaty-year": "agree",
      "moscow-consultations-date": "agree",
    });
  });
});

describe("page boilerplate", () => {
  it("is not in the stored text of any seed article", async () => {
    const rows = await db().article.findMany({
      where: { seedKey: { not: null } },
      select: { seedKey: true, text: true },
    });
    expect(rows).toHaveLength(seeds.articles.length);
    for (const { seedKey, text } of rows) {
      for (const furniture of ["Copyright", "cookies", "Partager", "1201 Connecticut"]) {
        expect(text.includes(furniture), `${seedKey} holds «${furniture}»`).toBe(false);
      }
    }
  });

  it("left no suggestion: every suggested figure is the stored text at its offsets", async () => {
    const rows = await sql()<{ figure: string; at_offsets: string }[]>`
      SELECT s.figure, substr(a.text, s.start + 1, s."end" - s.start) AS at_offsets
      FROM suggestions s JOIN articles a ON a.id = s.article_id
      WHERE a.seed_key IS NOT NULL`;
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => r.figure !== r.at_offsets)).toEqual([]);
    // Figures that only the furniture holds (a copyright year, a street number).
    const figures = rows.map((r) => r.figure);
    expect(figures).not.toContain("2007");
    expect(figures).not.toContain("1201");
  });
});
