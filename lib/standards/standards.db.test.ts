import { beforeAll, describe, expect, it } from "vitest";
import { sliceCodePoints } from "@/lib/anchors/offsets";
import { db } from "@/lib/db/client";
import { updateFact } from "@/lib/facts/update-fact";
import { updateFactSchema } from "@/lib/facts/schema";
import { addNote } from "@/lib/notes/add-note";
import { addNoteSchema } from "@/lib/notes/schema";
import { createClaim } from "@/lib/claims/create-claim";
import { createClaimSchema } from "@/lib/claims/schema";
import { createTestArticle, type TestArticle } from "@/lib/testing/factories";
import { refusal } from "@/lib/testing/refusal";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { giveArticleNewText } from "@/lib/versions/give-new-text";
import { importAnnotations } from "./import-annotations";
import { loadAnnotations } from "./load-annotations";
import { loadClaimReview, streamClaimReviews } from "./load-claim-reviews";
import { checkAnnotationCollection, checkAnnotationPage, checkClaimReview } from "./testing/spec-checks";

setUpTestDatabase();

const BASE = "https://recoupe.example";
const P1 = "🇦🇲 Direct — La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines, selon Erevan.";
const P2 = "D'après Bakou, la guerre de 2020 a fait plus de 6 700 morts, un bilan contesté.";
const P3 = "Le cessez-le-feu a été signé sous l'égide de Moscou, qui a déployé 1 960 soldats.";
let editorId: string;

beforeAll(async () => {
  editorId = (
    await db().user.create({ data: { name: "Sacha Standards", email: "sacha@standards.test", role: "editor" } })
  ).id;
});

/** Tags a passage, offsets in code points (the texts here hold emoji). */
function tagPassage(actorId: string, article: TestArticle, quote: string, fields: Record<string, string>) {
  const at = article.text.indexOf(quote);
  const start = [...article.text.slice(0, at)].length;
  return createClaim(
    createClaimSchema.parse({
      articleId: article.id,
      quoteStart: String(start),
      quoteEnd: String(start + [...quote].length),
      quoteExact: quote,
      ...fields,
    }),
    actorId,
  );
}

async function taggedArticle(tag: string) {
  const article = await createTestArticle(editorId, {
    text: [`Réf. ${tag}.`, P1, P2, P3].join("\n\n"),
    title: `Standards ${tag}`,
    outlet: `Outlet ${tag}`,
  });
  const label = `Morts de la guerre de 2020 (${tag})`;
  const a = await tagPassage(editorId, article, "a fait 6 500 morts en six semaines", {
    kind: "count",
    figure: "6 500",
    lower: "6500",
    upper: "6500",
    newFactLabel: label,
  });
  const b = await tagPassage(editorId, article, "la guerre de 2020 a fait plus de 6 700 morts", {
    kind: "count",
    figure: "plus de 6 700",
    lower: "6700",
    lowerInclusive: "false",
    factId: a.factId ?? "",
  });
  await addNote(addNoteSchema.parse({ body: "Chiffre d'Erevan, à recouper.", claimId: a.id }), editorId);
  return { article, a, b, factId: a.factId as string, label };
}

describe("W3C Web Annotation export", () => {
  it("meets the model's requirements, with positions in code points", async () => {
    const { article, a } = await taggedArticle("w3c");
    const collection = (await loadAnnotations(article.id, { baseUrl: BASE })) as Record<string, unknown>;
    expect(checkAnnotationCollection(collection)).toEqual([]);
    expect(collection).toMatchObject({ type: "AnnotationCollection", total: 2, label: "Standards w3c" });
    const first = collection.first as { items: Record<string, unknown>[] };
    const annotation = first.items.find((i) => i.id === `urn:uuid:${a.id}`) as {
      target: { source: string; selector: Record<string, unknown>[] };
      body: Record<string, unknown>[];
    };
    expect(annotation.target.source).toBe(`${BASE}/articles/${article.id}`);
    const quote = annotation.target.selector.find((s) => s.type === "TextQuoteSelector")!;
    const position = annotation.target.selector.find((s) => s.type === "TextPositionSelector") as {
      start: number;
      end: number;
    };
    expect(quote.exact).toBe("a fait 6 500 morts en six semaines");
    // After the flag emoji (two code points, four UTF-16 units), positions count code points.
    expect(sliceCodePoints(article.text, position.start, position.end)).toBe(quote.exact);
    expect(article.text.indexOf(quote.exact as string)).toBe(position.start + 2);
    expect(annotation.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ type: "TextualBody", purpose: "commenting", value: "Chiffre d'Erevan, à recouper." }),
        expect.objectContaining({ type: "TextualBody", purpose: "tagging", value: "Morts de la guerre de 2020 (w3c)" }),
      ]),
    );
    const page = (await loadAnnotations(article.id, { baseUrl: BASE, page: 0 })) as Record<string, unknown>;
    expect(checkAnnotationPage(page)).toEqual([]);
    expect(await loadAnnotations(article.id, { baseUrl: BASE, page: 3 })).toBeNull();
  });

  it("describes an orphan as the article was, with its version's date", async () => {
    const { article, a } = await taggedArticle("orphan");
    await giveArticleNewText({ articleId: article.id, text: ["Réf. orphan.", P2, P3].join("\n\n") }, editorId);
    const collection = (await loadAnnotations(article.id, { baseUrl: BASE })) as {
      first: { items: Record<string, unknown>[] };
    };
    expect(checkAnnotationCollection(collection as never)).toEqual([]);
    const orphan = collection.first.items.find((i) => i.id === `urn:uuid:${a.id}`) as {
      target: { state?: { type: string } };
    };
    expect(orphan.target.state?.type).toBe("TimeState");
  });
});

describe("ClaimReview", () => {
  it("rates a resolved fact from its verdict and leaves an open one unrated", async () => {
    const { factId } = await taggedArticle("review");
    const open = (await loadClaimReview(factId, {
      baseUrl: BASE,
      organization: "Le Desk",
      locale: "fr",
    })) as unknown as Record<string, unknown>;
    expect(checkClaimReview(open, { rated: false })).toEqual([]);
    const fact = await db().fact.findUniqueOrThrow({ where: { id: factId } });
    await updateFact(
      updateFactSchema.parse({
        factId,
        version: String(fact.version),
        label: fact.label,
        status: "resolved",
        resolutionNote: "Bilans officiels divergents.",
      }),
      editorId,
    );
    const review = (await loadClaimReview(factId, {
      baseUrl: BASE,
      organization: "Le Desk",
      locale: "fr",
    })) as unknown as Record<string, unknown>;
    expect(checkClaimReview(review, { rated: true })).toEqual([]);
    expect(review).toMatchObject({
      url: `${BASE}/facts/${factId}`,
      author: { "@type": "Organization", name: "Le Desk" },
      editor: { "@type": "Person", name: "Sacha Standards" },
      reviewRating: {
        ratingValue: 1,
        bestRating: 5,
        worstRating: 1,
        alternateName: "Les médias se contredisent",
        ratingExplanation: "Bilans officiels divergents.",
      },
      itemReviewed: {
        "@type": "Claim",
        appearance: [
          expect.objectContaining({
            "@type": "CreativeWork",
            headline: "Standards review",
            publisher: { "@type": "Organization", name: "Outlet review" },
          }),
        ],
      },
    });
    expect(review.claimReviewed).toContain("6 500 (Outlet review)");
    const english = (await loadClaimReview(factId, { baseUrl: BASE, organization: "Le Desk", locale: "en" })) as {
      reviewRating: { alternateName: string };
    };
    expect(english.reviewRating.alternateName).toBe("Outlets contradict each other");
  });

  it("streams every fact's review as one JSON array", async () => {
    let body = "";
    for await (const piece of streamClaimReviews({ baseUrl: BASE, organization: "Le Desk", locale: "en" }))
      body += piece;
    const all = JSON.parse(body) as Record<string, unknown>[];
    expect(all.length).toBe(await db().fact.count({ where: { deletedAt: null } }));
    for (const r of all) expect(checkClaimReview(r, { rated: r.reviewRating !== undefined })).toEqual([]);
  });
});

describe("importAnnotations", () => {
  it("imports Recoupe's own export onto another copy: claims, notes and facts", async () => {
    const source = await taggedArticle("round");
    const exported = JSON.stringify(await loadAnnotations(source.article.id, { baseUrl: BASE }));
    const copy = await createTestArticle(editorId, {
      text: ["Reprise.", P1, P2, P3].join("\n\n"),
      title: "Standards copy",
    });
    const report = await importAnnotations(copy.id, exported, editorId);
    expect(report.skipped).toEqual([]);
    expect(report.imported).toHaveLength(2);
    const claims = await db().claim.findMany({ where: { articleId: copy.id }, include: { notes: true } });
    expect(claims.map((c) => c.figure).sort()).toEqual(["6 500", "plus de 6 700"]);
    expect(new Set(claims.map((c) => c.factId))).toEqual(new Set([source.factId]));
    expect(claims.flatMap((c) => c.notes.map((n) => n.body))).toEqual([
      expect.stringContaining("Chiffre d'Erevan, à recouper."),
    ]);
    // Once is enough: importing the same file again adds nothing.
    const again = await importAnnotations(copy.id, exported, editorId);
    expect(again.imported).toEqual([]);
    expect(again.skipped.map((s) => s.reason)).toEqual(["duplicate", "duplicate"]);
  });

  it("imports a Hypothesis export, reporting what cannot be placed", async () => {
    const article = await createTestArticle(editorId, {
      text: ["Réf. hypothesis.", P1, P2, P3].join("\n\n"),
      title: "Standards hypothesis",
    });
    const hypothesis = {
      export_date: "2026-11-30T10:00:00.000Z",
      annotations: [
        {
          id: "hyp-1",
          created: "2026-11-29T09:00:00.000000+00:00",
          user: "acct:lea@hypothes.is",
          uri: "https://example.org/guerre",
          text: "Bilan russe ?",
          tags: ["bilan", "Moscou"],
          // Hypothesis counts positions in UTF-16 of the page it annotated: a hint only.
          target: [
            {
              source: "https://example.org/guerre",
              selector: [
                {
                  type: "RangeSelector",
                  startContainer: "/p[3]",
                  startOffset: 0,
                  endContainer: "/p[3]",
                  endOffset: 20,
                },
                { type: "TextPositionSelector", start: 180, end: 210 },
                {
                  type: "TextQuoteSelector",
                  exact: "qui a déployé 1 960 soldats",
                  prefix: "l'égide de Moscou, ",
                  suffix: ".",
                },
              ],
            },
          ],
        },
        { id: "hyp-2", text: "Note sur la page", target: [{ source: "https://example.org/guerre" }] },
        {
          id: "hyp-3",
          text: "",
          target: [
            {
              source: "x",
              selector: [{ type: "TextQuoteSelector", exact: "une phrase qui n'existe pas du tout ici" }],
            },
          ],
        },
        {
          id: "hyp-4",
          text: "",
          target: [{ source: "x", selector: [{ type: "TextQuoteSelector", exact: "un bilan contesté" }] }],
        },
      ],
    };
    const report = await importAnnotations(article.id, JSON.stringify(hypothesis), editorId);
    expect(report.imported).toEqual([expect.objectContaining({ index: 0, id: "hyp-1", figure: "1 960", notes: 1 })]);
    expect(report.skipped.map((s) => [s.id, s.reason])).toEqual([
      ["hyp-2", "noQuote"],
      ["hyp-3", "notFound"],
      ["hyp-4", "noFigure"],
    ]);
    const note = await db().note.findFirstOrThrow({ where: { claimId: report.imported[0]!.claimId } });
    expect(note.body).toBe("Bilan russe ?\n\n#bilan #Moscou\n\n— lea@hypothes.is, 2026-11-29");
    const claim = await db().claim.findUniqueOrThrow({ where: { id: report.imported[0]!.claimId } });
    expect(claim).toMatchObject({ kind: "count", lower: 1960, upper: 1960 });
  });

  it.each([
    ["not json {", "standards.errors.notJson"],
    ["[]", "standards.errors.noAnnotations"],
    ['{"hello": "world"}', "standards.errors.notAnnotations"],
    ['{"type": "Annotation", "target": []}', "standards.errors.notAnnotations"],
    ['{"type": "AnnotationCollection", "first": "https://x.example/page1"}', "standards.errors.notAnnotations"],
    ["42", "standards.errors.notAnnotations"],
  ])("refuses %s with a clear message, storing nothing", async (json, key) => {
    const article = await createTestArticle(editorId, {
      text: `Réf. refus ${key} ${json}. 12 morts.`,
      title: "Standards refus",
    });
    const error = await refusal(importAnnotations(article.id, json, editorId));
    expect(error.message).toBe(key);
    expect(await db().claim.count({ where: { articleId: article.id } })).toBe(0);
  });
});
