import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { sliceCodePoints } from "@/lib/anchors/offsets";
import { deleteItem } from "@/lib/bin/delete-item";
import { db } from "@/lib/db/client";
import { dismissSuggestion } from "@/lib/suggestions/accept-suggestion";
import { createTestArticle, tagPassage } from "@/lib/testing/factories";
import { refusal } from "@/lib/testing/refusal";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { giveArticleNewText } from "./give-new-text";
import { diffTexts } from "./diff-versions";
import { getVersionsPage } from "./list-versions";

setUpTestDatabase();

let editorId: string;
beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Véra Versions", email: "vera@versions.test", role: "editor" } }))
    .id;
});

const P1 = "La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines, selon les deux camps.";
const P2 = "En septembre 2022, de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou.";
const P3 = "Le cessez-le-feu du 10 novembre 2020 a été signé sous l'égide de Moscou, qui a déployé 1 960 soldats.";
const count = { kind: "count", newFactLabel: "" };

async function threeClaims(tag: string) {
  const article = await createTestArticle(editorId, {
    text: [`Dépêche ${tag}.`, P1, P2, P3].join("\n\n"),
    title: `Versions ${tag}`,
  });
  const moved = await tagPassage(editorId, article, "de nouveaux combats à la frontière ont fait 286 morts", {
    ...count,
    figure: "286 morts",
    lower: "286",
    upper: "286",
  });
  const changed = await tagPassage(
    editorId,
    article,
    "La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines",
    { ...count, figure: "6 500", lower: "6500", upper: "6500" },
  );
  const gone = await tagPassage(editorId, article, "qui a déployé 1 960 soldats", {
    ...count,
    figure: "1 960 soldats",
    lower: "1960",
    upper: "1960",
  });
  return { article, moved, changed, gone };
}

describe("giveArticleNewText", () => {
  it("makes a new version: claims re-anchored, orphaned or flagged, every text kept, history written", async () => {
    const { article, moved, changed, gone } = await threeClaims("a");
    const next = [`Mise à jour le 3 novembre.`, P2, P1.replace("6 500", "6 700")].join("\n\n");
    const outcome = await giveArticleNewText({ articleId: article.id, text: next }, editorId);
    expect(outcome).toMatchObject({ changed: true, version: 2, previous: 1 });

    const claims = await db().claim.findMany({ where: { articleId: article.id } });
    const byId = new Map(claims.map((c) => [c.id, c]));
    const stored = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.text).toBe(next);

    const m = byId.get(moved.id)!;
    expect(m).toMatchObject({
      anchorStatus: "reanchored",
      figure: "286 morts",
      figureBefore: null,
      anchorVersion: null,
    });
    expect(sliceCodePoints(next, m.quoteStart, m.quoteEnd)).toBe(m.quoteExact);
    expect(m.anchorScore).toBeGreaterThan(0.9);

    const c = byId.get(changed.id)!;
    expect(c).toMatchObject({ anchorStatus: "reanchored", figure: "6 700", figureBefore: "6 500", lower: 6500 });
    expect(sliceCodePoints(next, c.figureStart, c.figureEnd)).toBe("6 700");

    const g = byId.get(gone.id)!;
    expect(g).toMatchObject({
      anchorStatus: "orphan",
      anchorVersion: 1,
      quoteExact: "qui a déployé 1 960 soldats",
      figure: "1 960 soldats",
    });

    const versions = await db().articleVersion.findMany({
      where: { articleId: article.id },
      orderBy: { version: "asc" },
    });
    expect(versions.map((v) => [v.version, v.origin, v.text === article.text, v.text === next])).toEqual([
      [1, "import", true, false],
      [2, "text", false, true],
    ]);
    const revisions = await db().revision.findMany({
      where: { entityId: { in: [article.id, moved.id, changed.id, gone.id] }, action: "update" },
    });
    expect(revisions.length).toBeGreaterThanOrEqual(4);
    expect(revisions.every((r) => r.actorId === editorId)).toBe(true);
  });

  it("finds an orphan again when a later version restores its passage", async () => {
    const { article, gone } = await threeClaims("b");
    await giveArticleNewText({ articleId: article.id, text: [P1, P2].join("\n\n") }, editorId);
    await giveArticleNewText({ articleId: article.id, text: [P1, P2, P3, "Fin."].join("\n\n") }, editorId);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: gone.id } });
    expect(claim).toMatchObject({ anchorStatus: "reanchored", anchorVersion: null, anchorScore: 1 });
  });

  it("re-anchors deleted claims too, so that a restore brings them back in the right place", async () => {
    const { article, moved } = await threeClaims("c");
    await deleteItem({ type: "claim", id: moved.id }, editorId);
    await giveArticleNewText({ articleId: article.id, text: [P3, P2, P1].join("\n\n") }, editorId);
    const claim = await db().claim.findUniqueOrThrow({ where: { id: moved.id } });
    const text = (await db().article.findUniqueOrThrow({ where: { id: article.id } })).text;
    expect(sliceCodePoints(text, claim.quoteStart, claim.quoteEnd)).toBe(claim.quoteExact);
  });

  it("recomputes suggestions for the new text, keeping dismissals where the figure still stands", async () => {
    const article = await createTestArticle(editorId, {
      text: ["Dépêche s.", P1, P2, P3].join("\n\n"),
      title: "Versions suggestions",
    });
    const before = await db().suggestion.findMany({ where: { articleId: article.id }, orderBy: { start: "asc" } });
    const dismissed = before.find((s) => s.figure.includes("1 960"))!;
    await dismissSuggestion(dismissed.id, editorId);
    const next = ["Ajout : 42 blessés.", P1, P2, P3].join("\n\n");
    await giveArticleNewText({ articleId: article.id, text: next }, editorId);
    const after = await db().suggestion.findMany({ where: { articleId: article.id } });
    for (const s of after) expect(sliceCodePoints(next, s.start, s.end)).toBe(s.figure);
    expect(after.find((s) => s.id === dismissed.id)).toMatchObject({ status: "dismissed" });
    expect(after.some((s) => s.figure.includes("42") && s.status === "pending")).toBe(true);
  });

  it("refuses an empty text, a text of markup only, and the same text, storing nothing", async () => {
    const { article } = await threeClaims("d");
    const count = () => db().articleVersion.count({ where: { articleId: article.id } });
    const e1 = await giveArticleNewText({ articleId: article.id, text: "  \n " }, editorId).catch((e: unknown) => e);
    expect(e1).toBeInstanceOf(ZodError);
    expect((e1 as ZodError).issues[0]).toMatchObject({ path: ["text"], message: "versions.errors.emptyText" });
    const e2 = await refusal(
      giveArticleNewText({ articleId: article.id, text: "<div><img src=x></div>", format: "html" }, editorId),
    );
    expect(e2.message).toBe("versions.errors.emptyText");
    const e3 = await refusal(giveArticleNewText({ articleId: article.id, text: article.text }, editorId));
    expect(e3).toMatchObject({ message: "versions.errors.sameText", values: { version: 1 } });
    expect(await count()).toBe(0);
    const stored = await db().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored.text).toBe(article.text);
  });

  it("refuses a missing article", async () => {
    const e = await refusal(
      giveArticleNewText({ articleId: "00000000-0000-4000-8000-000000000000", text: "x" }, editorId),
    );
    expect(e.code).toBe("NOT_FOUND");
  });
});

describe("getVersionsPage", () => {
  it("lists the versions and diffs any two, with each claim's anchoring", async () => {
    const { article, changed, gone } = await threeClaims("e");
    await giveArticleNewText(
      { articleId: article.id, text: ["Dépêche e.", P1.replace("6 500", "6 700"), P2].join("\n\n") },
      editorId,
    );
    const page = await getVersionsPage(article.id, { from: 1, to: 2 });
    expect(page?.versions.map((v) => v.version)).toEqual([2, 1]);
    expect(page?.from).toBe(1);
    expect(page?.to).toBe(2);
    const parts = page?.diff.hunks.flatMap((h) => h.parts) ?? [];
    expect(parts.filter((p) => p.kind === "added").map((p) => p.text.trim())).toContain("700");
    const byId = new Map(page?.claims.map((c) => [c.id, c]));
    expect(byId.get(changed.id)).toMatchObject({ anchorStatus: "reanchored", figureBefore: "6 500", figure: "6 700" });
    expect(byId.get(gone.id)).toMatchObject({ anchorStatus: "orphan", anchorVersion: 1 });
    expect(diffTexts(article.text, article.text).identical).toBe(true);
  });

  it("shows an article that never changed as its one version", async () => {
    const article = await createTestArticle(editorId, { text: "Un seul texte, 12 morts.", title: "Versions one" });
    const page = await getVersionsPage(article.id, {});
    expect(page?.versions).toHaveLength(1);
    expect(page?.versions[0]).toMatchObject({ version: 1, origin: "import" });
    expect(page?.diff.identical).toBe(true);
  });
});
