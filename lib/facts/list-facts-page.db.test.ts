import { beforeAll, describe, expect, it } from "vitest";
import { db, sql } from "@/lib/db/client";
import { addNote } from "@/lib/notes/add-note";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { createFact } from "./create-fact";
import { DISCREPANCY_VERDICTS, parseListQuery, refuseUnknownOutlet } from "./list-filters";
import { decodeCursor, encodeCursor, LIST_PAGE_SIZE, listFactsPage, outletExists } from "./list-facts-page";

setUpTestDatabase();

let editorId: string;
const conflicts: string[] = [];
let noted: string;

const TEXT = "Selon le ministère, 6 500 personnes sont mortes. Un autre bilan fait état de 9 000 morts.";

async function tag(article: { id: string; text: string }, factId: string, sentence: 0 | 1) {
  const quote = TEXT.split(/(?<=\.) /)[sentence] as string;
  const figure = sentence === 0 ? "6 500" : "9 000";
  const at = article.text.indexOf(quote) + quote.indexOf(figure);
  await tagPassage(editorId, article, quote, {
    figure,
    figureStart: String(at),
    figureEnd: String(at + figure.length),
    kind: "count",
    lower: figure.replace(" ", ""),
    upper: figure.replace(" ", ""),
    counted: "morts",
    factId,
  });
}

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Lou Lists", email: "lou@lists.test", role: "editor" } })).id;
  // 57 facts without claims, then 3 whose two outlets disagree (the most recent).
  for (let i = 0; i < 57; i++) await createFact({ label: `Réfugiés comptés n° ${i}`, kind: "count" }, editorId);
  for (let i = 0; i < 3; i++) {
    const fact = await createFact({ label: `Morts du conflit ${i}`, kind: "count" }, editorId);
    const a = await createTestArticle(editorId, {
      text: `Dépêche A${i}. ${TEXT}`,
      outlet: "Lists Wire",
      title: `A ${i}`,
    });
    const b = await createTestArticle(editorId, {
      text: `Dépêche B${i}. ${TEXT}`,
      outlet: "Lists Post",
      title: `B ${i}`,
    });
    await tag(a, fact.id, 0);
    await tag(b, fact.id, 1);
    conflicts.push(fact.id);
  }
  noted = conflicts[0] as string;
  await addNote({ body: "Ask the ministry.", factId: noted, claimId: null }, editorId);
});

describe("listFactsPage", () => {
  it("pages by keyset, 50 at a time, forward and back, with the total", async () => {
    const first = await listFactsPage("facts", {});
    expect(first.total).toBe(60);
    expect(first.facts).toHaveLength(LIST_PAGE_SIZE);
    expect(first.previous).toBeNull();
    expect(first.facts.slice(0, 3).map((f) => f.id)).toEqual([...conflicts].reverse());
    const second = await listFactsPage("facts", {}, first.next ?? undefined);
    expect(second.facts).toHaveLength(10);
    expect(second.next).toBeNull();
    const ids = [...first.facts, ...second.facts].map((f) => f.id);
    expect(new Set(ids).size).toBe(60);
    const back = await listFactsPage("facts", {}, second.previous ?? undefined);
    expect(back.facts.map((f) => f.id)).toEqual(first.facts.map((f) => f.id));
    expect(back.previous).toBeNull();
  });

  it("filters by verdict, words (accent-insensitive), outlet, notes and status in SQL", async () => {
    const conflict = await listFactsPage("facts", { verdict: "conflict" });
    expect(conflict.total).toBe(3);
    expect(conflict.facts.every((f) => f.verdict.relation === "conflict" && f.claims.length === 2)).toBe(true);
    expect((await listFactsPage("facts", { q: "refugies 12" })).facts.map((f) => f.label)).toEqual([
      "Réfugiés comptés n° 12",
    ]);
    expect((await listFactsPage("facts", { outlet: "lists post" })).total).toBe(3);
    const withNotes = await listFactsPage("facts", { notes: "with" });
    expect(withNotes.facts.map((f) => [f.id, f.notes])).toEqual([[noted, 1]]);
    expect((await listFactsPage("facts", { notes: "without" })).total).toBe(59);
    expect((await listFactsPage("facts", { status: "resolved" })).total).toBe(0);
    expect((await listFactsPage("discrepancies", {})).total).toBe(3);
    expect((await listFactsPage("discrepancies", { q: "refugies" })).total).toBe(0);
  });

  it("orders the discrepancy list by an index that holds exactly its verdicts", async () => {
    const [index] = await sql()<{ def: string }[]>`
      SELECT indexdef AS def FROM pg_indexes WHERE indexname = 'facts_discrepancy_activity_idx'`;
    const named = [...(index?.def ?? "").matchAll(/'([a-z_]+)'::text/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...DISCREPANCY_VERDICTS].sort());
    // The planner proves the list's condition implies the index's (constants, not parameters).
    const plan = await sql().begin(async (tx) => {
      await tx`SET LOCAL enable_seqscan = off`;
      await tx`SET LOCAL enable_bitmapscan = off`;
      return tx.unsafe(`EXPLAIN SELECT id FROM facts f WHERE f.deleted_at IS NULL
        AND f.verdict IN (${DISCREPANCY_VERDICTS.map((v) => `'${v}'`).join(", ")})
        ORDER BY greatest(f.updated_at, f.claims_activity) DESC, f.id DESC LIMIT 51`);
    });
    expect(plan.map((r) => r["QUERY PLAN"]).join("\n")).toContain("facts_discrepancy_activity_idx");
  });

  it("gives the first page for a forged, damaged or out-of-range cursor", async () => {
    const first = await listFactsPage("facts", {});
    const past = encodeCursor({ d: "next", t: "1990-01-01T00:00:00.000Z", id: "00000000-0000-4000-8000-000000000000" });
    for (const cursor of ["bogus", "eyJkIjoibmV4dCJ9", "%%%", past, "a".repeat(600)]) {
      const page = await listFactsPage("facts", {}, cursor);
      expect(
        page.facts.map((f) => f.id),
        cursor,
      ).toEqual(first.facts.map((f) => f.id));
    }
    expect(decodeCursor(Buffer.from('{"d":"next","t":"x","id":"y"}').toString("base64url"))).toBeNull();
  });
});

describe("parseListQuery", () => {
  it("refuses an outlet nobody has heard of, and takes a known one whatever its case and accents", async () => {
    const unknown = parseListQuery("facts", { outlet: "Nowhere Times" });
    expect(refuseUnknownOutlet(unknown, await outletExists("Nowhere Times"))).toMatchObject({
      filters: {},
      errors: { outlet: "lists.errors.outlet" },
    });
    const known = parseListQuery("facts", { outlet: "LISTS WIRE" });
    expect(refuseUnknownOutlet(known, await outletExists("LISTS WIRE"))).toEqual(known);
  });

  it("refuses values outside their lists, naming the message, and keeps the rest", () => {
    const parsed = parseListQuery("discrepancies", {
      verdict: "agree",
      status: ["open", "resolved"],
      kind: "weight",
      q: " morts ",
      outlet: "Nowhere Times",
    });
    expect(parsed.filters).toEqual({ status: "open", q: "morts", outlet: "Nowhere Times" });
    expect(parsed.errors).toEqual({
      verdict: "lists.errors.verdict",
      kind: "lists.errors.kind",
    });
    expect(parseListQuery("facts", { verdict: "agree", notes: "" })).toEqual({
      filters: { verdict: "agree" },
      cursor: undefined,
      errors: {},
    });
  });
});
