import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { deleteItem } from "@/lib/bin/delete-item";
import { db, sql } from "@/lib/db/client";
import { createFact } from "@/lib/facts/create-fact";
import { addNote } from "@/lib/notes/add-note";
import { addNoteSchema } from "@/lib/notes/schema";
import { tagPassage } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import type { HighlightPart } from "./highlight";
import { searchArticles } from "./search-articles";
import { searchClaims } from "./search-claims";
import { searchFacts } from "./search-facts";
import { searchNotes } from "./search-notes";

setUpTestDatabase();

let editorId: string;
const tag = randomUUID().slice(0, 8);

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Sam Search", email: "sam@search.test", role: "editor" } })).id;
});

async function article(fields: { title: string; text: string; outlet?: string; language?: string; date?: string }) {
  const prepared = prepareArticle(fields.text, { format: "text" });
  const { id } = await createArticle(
    {
      outlet: fields.outlet ?? "Search Gazette",
      title: fields.title,
      publishedAt: fields.date ?? "2023-09-20",
      language: fields.language ?? "fr",
      format: "text",
      prepared,
    },
    editorId,
  );
  return { id, text: prepared.text };
}

const plain = (parts: HighlightPart[]) => parts.map((p) => p.text).join("");
const hits = (parts: HighlightPart[]) => parts.filter((p) => p.hit).map((p) => p.text);

describe("article search", () => {
  it("ignores accents and case, and finds plurals from the singular and back", async () => {
    const { id } = await article({
      title: `Exode ${tag}`,
      text: `Plus de 100 000 réfugiés arméniens ont quitté le Haut-Karabakh ${tag}. Les morts se comptent par centaines.`,
    });
    for (const q of [`refugies ${tag}`, `RÉFUGIÉ ${tag}`, `mort ${tag}`, `Réfugiés morts ${tag}`]) {
      const found = await searchArticles(q);
      expect(
        found.rows.map((r) => r.id),
        q,
      ).toContain(id);
    }
    expect((await searchArticles(`soldats ${tag}`)).rows).toEqual([]);
  });

  it("reads English articles in English", async () => {
    const { id } = await article({
      title: `Exodus ${tag}`,
      language: "en",
      text: `More than 100,000 refugees fled; the deaths of civilians ${tag} were reported.`,
    });
    for (const q of [`refugee ${tag}`, `death ${tag}`, `Civilian ${tag}`]) {
      expect(
        (await searchArticles(q)).rows.map((r) => r.id),
        q,
      ).toContain(id);
    }
  });

  it("finds the outlet's name and parts of titles, and ranks title hits first", async () => {
    const outlet = `Gazette ${tag}x`;
    const inTitle = await article({
      title: `Bombardements à Stepanakert ${tag}y`,
      text: `Un récit ${tag}y sans le mot.`,
    });
    const inText = await article({
      title: `Autre récit ${tag}z`,
      text: `Il est question de Stepanakert ${tag}y une fois, au détour d'une phrase.`,
      outlet,
    });
    const ranked = await searchArticles(`stepanakert ${tag}y`);
    expect(ranked.rows.map((r) => r.id)).toEqual([inTitle.id, inText.id]);
    expect((await searchArticles(outlet)).rows.map((r) => r.id)).toEqual([inText.id]);
    // A part of a word in the title, as the old list's search found it.
    expect((await searchArticles(`Bombardem`)).rows.map((r) => r.id)).toContain(inTitle.id);
    // Exclusions apply to every way in.
    expect((await searchArticles(`stepanakert ${tag}y -phrase`)).rows.map((r) => r.id)).toEqual([inTitle.id]);
  });

  it("marks the hits in a snippet of the text, never reading the text as markup", async () => {
    const { id } = await article({
      title: `Balises ${tag}`,
      text: `${"Une phrase de remplissage. ".repeat(200)}Le <script>alert("x")</script> & les réfugiés ${tag} arrivent. ${"Encore du texte. ".repeat(100)}`,
    });
    const [hit] = (await searchArticles(`refugies ${tag}`)).rows.filter((r) => r.id === id);
    expect(hit).toBeDefined();
    const snippet = hit?.snippet;
    expect(hits(snippet?.parts ?? []).map((h) => h.toLowerCase())).toContain("réfugiés");
    expect(plain(snippet?.parts ?? [])).toContain('<script>alert("x")</script> &');
    expect(snippet?.before).toBe(true);
    expect(snippet?.after).toBe(true);
    expect(plain(snippet?.parts ?? []).length).toBeLessThan(600);
    expect(hits(hit?.title ?? [])).toEqual([tag]);
  });

  it("finds nothing for text no article can hold, and pages the rest", async () => {
    expect((await searchArticles("a\u0000b")).rows).toEqual([]);
    const many = `Pagination${tag}`;
    for (let i = 0; i < 5; i++) await article({ title: `${many} ${i}`, text: `Texte ${i} ${many} ${randomUUID()}.` });
    const first = await searchArticles(many, { pageSize: 2 });
    const third = await searchArticles(many, { pageSize: 2, page: 3 });
    expect(first.total).toBe(5);
    expect(first.rows).toHaveLength(2);
    expect(third.rows).toHaveLength(1);
    // Punctuation typed as syntax is read as text, never as an operator.
    await expect(searchArticles(`".*(a+)+$" & | ! <-> :* ${many}`)).resolves.toMatchObject({ total: 5 });
  });

  it("leaves deleted articles out", async () => {
    const { id } = await article({ title: `Supprimé ${tag}`, text: `Un article voué à la corbeille ${tag}.` });
    await deleteItem({ type: "article", id }, editorId);
    expect((await searchArticles(`corbeille ${tag}`)).rows).toEqual([]);
  });

  it("reaches articles through an index, never a scan of the whole table", async () => {
    await sql().begin(async (tx) => {
      // With sequential scans priced out, a plan still holding one has no index to use.
      await tx`SET LOCAL enable_seqscan = off`;
      const plan = await tx.unsafe(`EXPLAIN SELECT a.id FROM articles a
        WHERE a.search_vector @@ recoupe_search_query('[{"any":["refugies"],"not":false}]'::jsonb)
        UNION SELECT a.id FROM articles a WHERE recoupe_fold(a.title) LIKE '%karab%'
        UNION SELECT a.id FROM outlets o JOIN articles a ON a.outlet_id = o.id WHERE recoupe_fold(o.name) LIKE '%euron%'`);
      const text = plan.map((r) => Object.values(r).join("")).join("\n");
      expect(text).not.toMatch(/Seq Scan on articles/);
      expect(text).toMatch(/articles_search_vector_idx/);
      expect(text).toMatch(/articles_title_fold_trgm_idx/);
    });
  });
});

describe("facts, claims and notes", () => {
  it("are found by words, accents and plurals folded", async () => {
    const fact = await createFact({ label: `Réfugiés arrivés en Arménie ${tag}`, kind: "count" }, editorId);
    const art = await article({
      title: `Arrivées ${tag}`,
      text: `Selon Erevan, 100 417 réfugiés sont arrivés ${tag} en une semaine.`,
    });
    const claim = await tagPassage(editorId, art, "100 417 réfugiés sont arrivés", {
      figure: "100 417",
      kind: "count",
      lower: "100417",
      upper: "100417",
      factId: fact.id,
    });
    await addNote(
      addNoteSchema.parse({ body: `Chiffre des réfugiés ${tag} à recouper avec le HCR.`, factId: fact.id }),
      editorId,
    );
    await addNote(
      addNoteSchema.parse({ body: `Le décompte ${tag} d'Erevan, pas du HCR.`, claimId: claim.id }),
      editorId,
    );

    const facts = await searchFacts(`refugie ${tag}`);
    expect(facts.rows.map((f) => f.id)).toEqual([fact.id]);
    expect(hits(facts.rows[0]?.label ?? [])).toContain("Réfugiés");
    expect(facts.rows[0]?.claims).toBe(1);

    const claims = await searchClaims(`REFUGIES arrives ${tag}`);
    expect(claims.rows).toEqual([]); // the tag is not in the quote
    const quoted = await searchClaims("100 417 refugies");
    expect(quoted.rows.map((c) => c.id)).toContain(claim.id);
    expect(quoted.rows.find((c) => c.id === claim.id)?.fact?.id).toBe(fact.id);

    const notes = await searchNotes(`hcr ${tag}`);
    expect(notes.total).toBe(2);
    expect(notes.rows.map((n) => n.target.kind).sort()).toEqual(["claim", "fact"]);
  });

  it("rank the most recent facts of a common word first and page through all of them", async () => {
    const word = `${tag}commun`;
    const made: string[] = [];
    await sql()`INSERT INTO facts (label, kind, updated_at)
      SELECT 'Déplacés ' || ${word}::text || ' ' || i, 'count', now() - i * interval '1 minute'
      FROM generate_series(1, 230) i`;
    // One whose label is the word alone ranks first among the recent ones.
    made.push((await createFact({ label: `${word}`, kind: "count" }, editorId)).id);
    const first = await searchFacts(word, { page: 1, pageSize: 20 });
    expect(first.total).toBe(231);
    expect(first.rows[0]?.id).toBe(made[0]);
    const seen = new Set<string>();
    for (let page = 1; page <= 12; page++) {
      for (const row of (await searchFacts(word, { page, pageSize: 20 })).rows) seen.add(row.id);
    }
    expect(seen.size).toBe(231);
  });

  it("leave out what is in the bin: claims of deleted articles, notes of deleted claims and facts", async () => {
    const word = `${tag}corbeille`;
    const fact = await createFact({ label: `Blessés ${word}`, kind: "count" }, editorId);
    const make = async (n: number) => {
      const art = await article({ title: `Bilan ${n} ${word}`, text: `Selon Bakou, ${n}0 blessés ${word} au total.` });
      const claim = await tagPassage(editorId, art, `${n}0 blessés ${word}`, {
        figure: `${n}0`,
        kind: "count",
        lower: `${n}0`,
        upper: `${n}0`,
        factId: fact.id,
      });
      await addNote(addNoteSchema.parse({ body: `Note ${n} ${word}.`, claimId: claim.id }), editorId);
      return { art, claim };
    };
    const [kept, binnedArticle, binnedClaim, unmarked] = [await make(1), await make(2), await make(3), await make(4)];
    await addNote(addNoteSchema.parse({ body: `Sur le fait ${word}.`, factId: fact.id }), editorId);
    expect((await searchClaims(word)).total).toBe(4);
    expect((await searchNotes(word)).total).toBe(5);

    await deleteItem({ type: "article", id: binnedArticle.art.id, confirmClaims: 1 }, editorId);
    await deleteItem({ type: "claim", id: binnedClaim.claim.id }, editorId);
    // An article marked deleted whose claims and notes were not (not what the
    // bin does, but the search does not count on it).
    await sql()`UPDATE articles SET deleted_at = now() WHERE id = ${unmarked.art.id}`;
    expect((await searchClaims(word)).rows.map((c) => c.id)).toEqual([kept.claim.id]);
    const notes = await searchNotes(word);
    expect(notes.rows.map((n) => (n.target.kind === "claim" ? n.target.claimId : n.target.factId)).sort()).toEqual(
      [kept.claim.id, fact.id].sort(),
    );

    await deleteItem({ type: "fact", id: fact.id }, editorId);
    expect((await searchNotes(word)).rows.map((n) => n.target.kind)).toEqual(["claim"]);
  });
});
