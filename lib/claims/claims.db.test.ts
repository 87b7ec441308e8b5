import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createArticle } from "@/lib/articles/create-article";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { deleteItem } from "@/lib/bin/delete-item";
import { db, sql } from "@/lib/db/client";
import { createFact } from "@/lib/facts/create-fact";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { createClaim } from "./create-claim";
import { createClaimSchema } from "./schema";
import { refusal, said } from "@/lib/testing/refusal";

setUpTestDatabase();

let editorId: string;

beforeAll(async () => {
  const editor = await db().user.create({
    data: { name: "Claire Claims", email: "claire@claims.test", role: "editor" },
  });
  editorId = editor.id;
});

/** A new article whose text is unique to the test that asks for it. */
async function article(text: string, outlet = "Claims Gazette"): Promise<{ id: string; text: string }> {
  const prepared = prepareArticle(text, { format: "text" });
  const { id } = await createArticle(
    { outlet, title: `Story ${randomUUID()}`, publishedAt: "2020-10-21", language: "fr", format: "text", prepared },
    editorId,
  );
  return { id, text: prepared.text };
}

/** Code point offsets of a passage in a text (found by UTF-16 search). */
function span(text: string, passage: string, from = 0): { start: number; end: number } {
  const at = text.indexOf(passage, from);
  if (at === -1) throw new Error(`«${passage}» is not in the text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...passage].length };
}

/** What the tag form posts, as the schema reads it. */
function form(fields: Record<string, string | undefined>) {
  return createClaimSchema.parse(fields);
}

function tagForm(
  a: { id: string; text: string },
  quote: string,
  figure: string,
  extra: Record<string, string | undefined> = {},
) {
  const q = span(a.text, quote);
  const f = span(a.text, figure, a.text.indexOf(quote));
  return form({
    articleId: a.id,
    quoteStart: String(q.start),
    quoteEnd: String(q.end),
    quoteExact: quote,
    figure,
    figureStart: String(f.start),
    figureEnd: String(f.end),
    kind: "count",
    lower: "6700",
    lowerInclusive: "false",
    counted: "personnes",
    ...extra,
  });
}

async function rowCounts() {
  const [row] = await sql()<{ claims: number; facts: number; revisions: number }[]>`
    SELECT (SELECT count(*)::int FROM claims) AS claims, (SELECT count(*)::int FROM facts) AS facts,
      (SELECT count(*)::int FROM revisions) AS revisions`;
  return row;
}

const PARAGRAPH =
  "Le bilan de la guerre de 2020 reste discuté entre les agences de presse. Selon l'agence, plus de 6 700 personnes sont mortes dans les combats des deux côtés, militaires et civils confondus. Le décompte officiel n'a jamais été publié.";

describe("creating a claim", () => {
  it("stores the W3C anchor (exact, 32 code points of prefix and suffix, offsets) and the figure's offsets", async () => {
    const a = await article(`Premier article. ${PARAGRAPH}`);
    const quote = "plus de 6 700 personnes sont mortes dans les combats";
    const claim = await createClaim(tagForm(a, quote, "plus de 6 700"), editorId);
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    const q = span(a.text, quote);
    const f = span(a.text, "plus de 6 700");
    const cps = [...a.text];
    expect(row).toMatchObject({
      articleId: a.id,
      quoteStart: q.start,
      quoteEnd: q.end,
      quoteExact: quote,
      quotePrefix: cps.slice(q.start - 32, q.start).join(""),
      quoteSuffix: cps.slice(q.end, q.end + 32).join(""),
      figure: "plus de 6 700",
      figureStart: f.start,
      figureEnd: f.end,
      kind: "count",
      lower: 6700,
      lowerInclusive: false,
      upper: null,
      counted: "personnes",
      countedKey: "people",
      createdById: editorId,
    });
    expect(row.quotePrefix).toBe("nces de presse. Selon l'agence, ");
    expect([...row.quotePrefix]).toHaveLength(32);
    expect([...row.quoteSuffix]).toHaveLength(32);
    // PostgreSQL, counting characters, finds the same passage at the same offsets.
    const [db_] = await sql()<{ quote: string; figure: string }[]>`
      SELECT substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start) AS quote,
        substr(a.text, c.figure_start + 1, c.figure_end - c.figure_start) AS figure
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ${claim.id}::uuid`;
    expect(db_).toEqual({ quote, figure: "plus de 6 700" });
  });

  it("finds a figure typed with another case and ordinary spaces where the text has no-break spaces", async () => {
    const a = await article(
      "Dixième article. Selon le ministère, Plus de 6\u202f700 personnes sont mortes dans les combats de 2020.",
    );
    const quote = "Plus de 6\u202f700 personnes sont mortes";
    const q = span(a.text, quote);
    const claim = await createClaim(
      form({
        articleId: a.id,
        quoteStart: String(q.start),
        quoteEnd: String(q.end),
        quoteExact: quote,
        figure: "plus de 6 700",
        kind: "count",
        lower: "6 700",
        lowerInclusive: "false",
      }),
      editorId,
    );
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row).toMatchObject({
      figure: "Plus de 6\u202f700",
      figureStart: q.start,
      figureEnd: q.start + 13,
      lower: 6700,
      lowerInclusive: false,
    });
  });

  it("refuses a quote the text does not hold at its offsets, saying what the text reads there, and writes nothing", async () => {
    const a = await article(`Deuxième article. ${PARAGRAPH}`);
    const input = tagForm(a, "plus de 6 700 personnes", "plus de 6 700");
    const before = await rowCounts();
    const error = await refusal(
      createClaim(
        {
          ...input,
          quoteStart: input.quoteStart + 1,
          quoteEnd: input.quoteEnd + 1,
          newFactLabel: "Une affaire à ne pas créer",
        },
        editorId,
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message).toBe("tagging.errors.quoteMismatch");
    expect(error.values).toEqual({ start: input.quoteStart + 1, end: input.quoteEnd + 1 });
    // Both texts go back to the form, which shows them marked.
    expect(error.current).toEqual({
      anchor: { sent: "plus de 6 700 personnes", found: "lus de 6 700 personnes " },
    });
    expect(error.fieldErrors?.quoteExact).toEqual([error.message]);
    expect(await rowCounts()).toEqual(before);
  });

  it("takes back the CR that a form adds to a line break in a quote across two lines", async () => {
    const a = await article(`Premier paragraphe, plus de 6 700 personnes.\nSecond paragraphe. ${PARAGRAPH}`);
    const quote = "plus de 6 700 personnes.\nSecond paragraphe.";
    const start = a.text.indexOf(quote);
    const claim = await createClaim(
      form({
        articleId: a.id,
        quoteStart: String(start),
        quoteEnd: String(start + quote.length),
        quoteExact: quote.replace("\n", "\r\n"),
        figure: "plus de 6 700",
        kind: "count",
        lower: "6700",
        lowerInclusive: "false",
      }),
      editorId,
    );
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.quoteExact).toBe(quote);
  });

  it("anchors in code points when an emoji stands before the passage", async () => {
    const a = await article(`Réaction 🇦🇲 sur les réseaux 😢 ! ${PARAGRAPH}`);
    expect(a.text.length).toBeGreaterThan([...a.text].length); // the emoji take two UTF-16 units each
    const quote = "plus de 6 700 personnes";
    const utf16 = a.text.indexOf(quote);
    const claim = await createClaim(
      tagForm(a, quote, "6 700", { lower: "6700", lowerInclusive: "true", upper: "6700" }),
      editorId,
    );
    const row = await db().claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(row.quoteStart).toBe(utf16 - 3); // the flag's two letters and the face take two units each
    expect(row.figureStart).toBe(row.quoteStart + 8);
    expect(row.figureEnd).toBe(row.quoteStart + 13);
    const [stored] = await sql()<{ quote: string; figure: string }[]>`
      SELECT substr(a.text, c.quote_start + 1, c.quote_end - c.quote_start) AS quote,
        substr(a.text, c.figure_start + 1, c.figure_end - c.figure_start) AS figure
      FROM claims c JOIN articles a ON a.id = c.article_id WHERE c.id = ${claim.id}::uuid`;
    expect(stored).toEqual({ quote, figure: "6 700" });

    // An emoji inside the 32 code points before the quote belongs to the prefix whole.
    const b = await article(`Un mot 🙂 puis plus de 6 700 personnes sont mortes, selon l'agence, ce jour-là.`);
    const near = await createClaim(tagForm(b, "plus de 6 700 personnes", "plus de 6 700"), editorId);
    const nearRow = await db().claim.findUniqueOrThrow({ where: { id: near.id } });
    expect(nearRow.quotePrefix).toBe("Un mot 🙂 puis ");
    expect(nearRow.quoteStart).toBe(14);
  });

  it("refuses a figure outside the quote", async () => {
    const a = await article(`Troisième article. ${PARAGRAPH}`);
    const quote = "sont mortes dans les combats";
    const q = span(a.text, quote);
    const f = span(a.text, "6 700");
    const before = await rowCounts();
    const withOffsets = await refusal(
      createClaim(
        form({
          articleId: a.id,
          quoteStart: String(q.start),
          quoteEnd: String(q.end),
          quoteExact: quote,
          figure: "6 700",
          figureStart: String(f.start),
          figureEnd: String(f.end),
          kind: "count",
          lower: "6700",
          upper: "6700",
        }),
        editorId,
      ),
    );
    expect(withOffsets.code).toBe("INVALID_INPUT");
    expect(withOffsets.fieldErrors?.figure).toEqual(["tagging.errors.figureOutsideQuote"]);
    const typed = await refusal(
      createClaim(
        form({
          articleId: a.id,
          quoteStart: String(q.start),
          quoteEnd: String(q.end),
          quoteExact: quote,
          figure: "6 700",
          kind: "count",
          lower: "6700",
        }),
        editorId,
      ),
    );
    expect(typed.code).toBe("INVALID_INPUT");
    expect(typed.fieldErrors?.figure).toEqual(["tagging.errors.figureNotInQuote"]);
    expect(typed.values).toEqual({ figure: "6 700" });
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a lower bound above the upper bound", async () => {
    const a = await article(`Quatrième article. ${PARAGRAPH}`);
    const before = await rowCounts();
    const error = await refusal(
      createClaim(
        tagForm(a, "plus de 6 700 personnes", "plus de 6 700", {
          lower: "6800",
          upper: "6700",
          lowerInclusive: "true",
        }),
        editorId,
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.upper).toEqual(["errors.value.lowerAboveUpper"]);
    expect(await rowCounts()).toEqual(before);
  });

  it("says an unknown article is not found", async () => {
    const a = await article(`Cinquième article. ${PARAGRAPH}`);
    const input = tagForm(a, "plus de 6 700 personnes", "plus de 6 700");
    const error = await refusal(createClaim({ ...input, articleId: randomUUID() }, editorId));
    expect(error.code).toBe("NOT_FOUND");
    expect(said(error)).toBe("The article was not found. It may have been deleted.");
  });

  it("refuses an unknown fact with a field error", async () => {
    const a = await article(`Sixième article. ${PARAGRAPH}`);
    const before = await rowCounts();
    const error = await refusal(
      createClaim(tagForm(a, "plus de 6 700 personnes", "plus de 6 700", { factId: randomUUID() }), editorId),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.factId?.[0]).toMatch(/That fact does not exist/);
    expect(await rowCounts()).toEqual(before);
  });

  it("refuses a claim whose kind does not fit the fact's", async () => {
    const a = await article(`Septième article. ${PARAGRAPH}`);
    const fact = await createFact({ label: "Date du début de la guerre", kind: "date" }, editorId);
    const before = await rowCounts();
    const error = await refusal(
      createClaim(tagForm(a, "plus de 6 700 personnes", "plus de 6 700", { factId: fact.id }), editorId),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.fieldErrors?.factId?.[0]).toBe(
      "«Date du début de la guerre» groups figures of another kind (date); this one is a count.",
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("creates a new fact from the claim form", async () => {
    const a = await article(`Huitième article. ${PARAGRAPH}`);
    const claim = await createClaim(
      tagForm(a, "plus de 6 700 personnes", "plus de 6 700", { newFactLabel: "  Morts de la guerre de 2020  " }),
      editorId,
    );
    expect(claim.factId).not.toBeNull();
    const fact = await db().fact.findUniqueOrThrow({ where: { id: claim.factId as string } });
    expect(fact).toMatchObject({
      label: "Morts de la guerre de 2020",
      kind: "count",
      countedKey: "people",
      status: "open",
      createdById: editorId,
    });
    const stored = await db().claim.findUniqueOrThrow({ where: { id: claim.id }, select: { factId: true } });
    expect(stored.factId).toBe(fact.id);
  });

  it("refuses new claims on a deleted article", async () => {
    const a = await article(`Neuvième article. ${PARAGRAPH}`);
    await deleteItem({ type: "article", id: a.id }, editorId);
    const before = await rowCounts();
    const error = await refusal(createClaim(tagForm(a, "plus de 6 700 personnes", "plus de 6 700"), editorId));
    expect(error.code).toBe("NOT_FOUND");
    expect(await rowCounts()).toEqual(before);
  });
});
