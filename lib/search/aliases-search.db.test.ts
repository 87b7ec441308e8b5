import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { loadAliasSeeds } from "@/lib/aliases/load-alias-seeds";
import { db, sql } from "@/lib/db/client";
import { createFact } from "@/lib/facts/create-fact";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { parseSearchQuery } from "./parse-query";
import { searchArticles } from "./search-articles";
import { searchClaims } from "./search-claims";
import { searchFacts } from "./search-facts";
import { withAliases } from "./with-aliases";

setUpTestDatabase();

let editorId: string;
const tag = randomUUID().slice(0, 8);

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Ada Alias", email: "ada@alias-search.test", role: "editor" } }))
    .id;
  await loadAliasSeeds();
});

const ids = (page: { rows: { id: string }[] }) => page.rows.map((r) => r.id);

describe("search with aliases", () => {
  it("finds the articles spelling a name another way, and marks the spelling found", async () => {
    const french = await createTestArticle(editorId, {
      title: `Erevan ${tag}`,
      text: `Nikol Pachinian a signé l'accord ${tag} dans la nuit.`,
    });
    const english = await createTestArticle(editorId, {
      title: `Deal ${tag}`,
      text: `Prime minister Pashinyan signed ${tag} overnight.`,
    });
    const other = await createTestArticle(editorId, { title: `Bakou ${tag}`, text: `Aliev s'exprime ${tag}.` });

    const found = await searchArticles(`Pashinyan ${tag}`);
    expect(ids(found).sort()).toEqual([french.id, english.id].sort());
    expect(found.total).toBe(2);
    const hit = found.rows.find((r) => r.id === french.id);
    expect(hit?.snippet.parts.filter((p) => p.hit).map((p) => p.text)).toContain("Pachinian");

    expect(ids(await searchArticles(`pachinyan ${tag}`)).sort()).toEqual([french.id, english.id].sort());
    expect(ids(await searchArticles(`Aliyev ${tag}`))).toEqual([other.id]);
    // An excluded name is excluded in every spelling.
    expect(ids(await searchArticles(`${tag} -Pashinian`))).toEqual([other.id]);
  });

  it("reads two words typed apart as the one spelling they make", async () => {
    const article = await createTestArticle(editorId, {
      title: `Région ${tag}`,
      text: `Les combats ont repris au Haut-Karabagh ${tag} hier soir.`,
    });
    const query = await withAliases(parseSearchQuery(`Nagorny Karabakh ${tag}`));
    expect(query.terms).toHaveLength(2);
    expect(query.terms[0]?.any).toEqual(expect.arrayContaining(["Haut-Karabakh", "Haut-Karabagh"]));
    expect(ids(await searchArticles(`Nagorny Karabakh ${tag}`))).toEqual([article.id]);
    expect(ids(await searchArticles(`Nagorno-Karabakh ${tag}`))).toEqual([article.id]);
  });

  it("leaves a query naming no entity as it was", async () => {
    const query = parseSearchQuery(`sommet ${tag} -Minsk`);
    expect(await withAliases(query)).toEqual(query);
  });

  it("finds facts and claims in any spelling", async () => {
    const fact = await createFact({ label: `Prisonniers libérés par Aliev ${tag}`, kind: "count" }, editorId);
    const article = await createTestArticle(editorId, {
      text: `Ilham Aliyev a libéré 17 prisonniers ${tag} selon Bakou.`,
    });
    const claim = await tagPassage(editorId, article, `Ilham Aliyev a libéré 17 prisonniers ${tag}`, {
      figure: "17",
      kind: "count",
      lower: "17",
      upper: "17",
      factId: fact.id,
    });
    expect(ids(await searchFacts(`Aliyev ${tag}`))).toEqual([fact.id]);
    expect(ids(await searchClaims(`Aliev ${tag}`))).toEqual([claim.id]);
  });

  it("keeps the label search on its index with every spelling as alternatives", async () => {
    const query = await withAliases(parseSearchQuery(`Pashinyan`));
    const terms = JSON.stringify(query.terms);
    const plan = await sql().begin(async (tx) => {
      await tx`SET LOCAL enable_seqscan = off`;
      return tx<{ "QUERY PLAN": string }[]>`EXPLAIN SELECT f.id FROM facts f
        WHERE recoupe_text_vector(f.label) @@ recoupe_text_query(${terms}::text::jsonb) AND f.deleted_at IS NULL`;
    });
    const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
    expect(text).not.toMatch(/Seq Scan/);
    expect(text).toMatch(/Index/);
  });
});
