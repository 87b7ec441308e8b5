import { beforeAll, describe, expect, it } from "vitest";
import { deleteItem } from "@/lib/bin/delete-item";
import { restoreDeletion } from "@/lib/bin/restore-deletion";
import { toClaimValue } from "@/lib/claims/to-value";
import { updateClaim } from "@/lib/claims/update-claim";
import { updateClaimSchema } from "@/lib/claims/schema";
import { db, sql } from "@/lib/db/client";
import { factVerdict } from "@/lib/discrepancies/fact-verdict";
import { AppError } from "@/lib/errors/app-error";
import { isoDay } from "@/lib/format";
import { createTestArticle, tagPassage, type TestArticle } from "@/lib/testing/factories";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { giveArticleNewText } from "@/lib/versions/give-new-text";
import { createFact } from "./create-fact";
import { backfillFactVerdicts, runOnSql } from "./refresh-fact-verdicts";
import { setFactTally } from "./set-fact-tally";
import { updateFact } from "./update-fact";
import { updateFactSchema } from "./schema";

// Random sequences of the app's own writes; after each one, every fact's stored
// classification must equal the one computed afresh from its claims, the way
// the fact page computes it (read here through Prisma, not the refresh's SQL).

setUpTestDatabase();

let editorId: string;
beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Sam Stored", email: "sam@stored.test", role: "editor" } })).id;
});

/** mulberry32: a small seeded generator, so that a failing sequence can be replayed. */
function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    pick: <T>(xs: T[]): T => xs[Math.floor(next() * xs.length)] as T,
  };
}

const OUTLETS = ["Stored Wire", "Stored Gazette", "Stored Post"];
const FIGURES = ["6 500", "6 700", "2 900", "3 000", "7 000"];
const LABELS = [
  "People killed in the 2020 war",
  "Soldiers killed in the fighting",
  "People displaced by the floods",
  "Victims of the September 2022 fighting",
];
const sentences = (n: string[]) => [
  `Selon le ministère, ${n[0]} personnes sont mortes dans les combats.`,
  `Un autre bilan fait état de ${n[1]} morts au total.`,
  `Les secours comptent ${n[2]} victimes à ce jour.`,
];

async function freshVerdicts() {
  const facts = await db().fact.findMany({
    orderBy: { id: "asc" },
    include: {
      claims: {
        where: { deletedAt: null, article: { deletedAt: null } },
        include: { article: { select: { publishedAt: true, outletId: true, outlet: { select: { name: true } } } } },
        orderBy: [{ article: { publishedAt: "asc" } }, { quoteStart: "asc" }],
      },
    },
  });
  return facts.map((f) => {
    const claims = f.claims.map((c) => ({
      id: c.id,
      outlet: c.article.outlet.name,
      figure: c.figure,
      value: toClaimValue(c),
      asOf: c.asOf ? isoDay(c.asOf) : null,
      publishedAt: isoDay(c.article.publishedAt),
    }));
    const tally = f.tally === "running" || f.tally === "fixed" ? f.tally : null;
    const latest = f.claims.map((c) => c.updatedAt.getTime());
    return {
      id: f.id,
      verdict: factVerdict(claims, { label: f.label, tally, eventEnd: f.eventEnd ? isoDay(f.eventEnd) : null })
        .relation,
      claimCount: claims.length,
      outletCount: new Set(f.claims.map((c) => c.article.outletId)).size,
      claimsActivity: latest.length ? new Date(Math.max(...latest)).toISOString() : null,
    };
  });
}

async function storedVerdicts() {
  const facts = await db().fact.findMany({ orderBy: { id: "asc" } });
  return facts.map((f) => ({
    id: f.id,
    verdict: f.verdict,
    claimCount: f.claimCount,
    outletCount: f.outletCount,
    claimsActivity: f.claimsActivity?.toISOString() ?? null,
  }));
}

type World = { articles: { article: TestArticle; figures: string[]; tagged: Set<number> }[]; facts: string[] };

async function step(rng: ReturnType<typeof random>, world: World): Promise<string> {
  const op = rng.int(12) - 3; // tags more often than the rest
  const liveClaims = await db().claim.findMany({ where: { deletedAt: null }, select: { id: true, version: true } });
  if (op === 0 || world.articles.length < 2) {
    const figures = [rng.pick(FIGURES), rng.pick(FIGURES), rng.pick(FIGURES)];
    const article = await createTestArticle(editorId, {
      text: sentences(figures).join(" "),
      outlet: rng.pick(OUTLETS),
      publishedAt: `202${rng.int(4)}-${String(1 + rng.int(12)).padStart(2, "0")}-1${rng.int(10)}`,
      title: `Stored ${world.articles.length}`,
    });
    world.articles.push({ article, figures, tagged: new Set() });
    return "article";
  }
  if (op <= 2) {
    const a = rng.pick(world.articles);
    const i = rng.int(3);
    if (a.tagged.has(i)) return "skip";
    const quote = sentences(a.figures)[i] as string;
    const figure = a.figures[i] as string;
    const start = a.article.text.indexOf(quote) + quote.indexOf(figure);
    a.tagged.add(i);
    await tagPassage(editorId, a.article, quote, {
      figure,
      figureStart: String(start),
      figureEnd: String(start + figure.length),
      kind: "count",
      lower: figure.replace(" ", ""),
      upper: figure.replace(" ", ""),
      ...(rng.next() < 0.4 ? { approximate: "on" } : {}),
      counted: "morts",
      factId: rng.pick(world.facts),
      ...(rng.next() < 0.3 ? { asOf: "2022-11-0" + (1 + rng.int(9)) } : {}),
    });
    return "tag";
  }
  if (op === 3 && liveClaims.length > 0) {
    const c = rng.pick(liveClaims);
    const figure = rng.pick(FIGURES).replace(" ", "");
    await updateClaim(
      updateClaimSchema.parse({
        claimId: c.id,
        version: String(c.version),
        kind: "count",
        lower: figure,
        upper: rng.next() < 0.5 ? figure : String(Number(figure) + 500),
        counted: "morts",
        factId: rng.next() < 0.8 ? rng.pick(world.facts) : "",
      }),
      editorId,
    );
    return "edit or move claim";
  }
  if (op === 4 && liveClaims.length > 0) {
    await deleteItem({ type: "claim", id: rng.pick(liveClaims).id }, editorId);
    return "delete claim";
  }
  if (op === 5) {
    const kind = rng.next() < 0.5 ? "article" : "fact";
    if (kind === "article") {
      const { article } = rng.pick(world.articles);
      const claims = await db().claim.count({ where: { articleId: article.id, deletedAt: null } });
      await deleteItem({ type: "article", id: article.id, confirmClaims: claims }, editorId);
    } else await deleteItem({ type: "fact", id: rng.pick(world.facts) }, editorId);
    return `delete ${kind}`;
  }
  if (op === 6) {
    const deletions = await db().deletion.findMany({ where: { restoredAt: null }, select: { id: true } });
    if (deletions.length === 0) return "skip";
    await restoreDeletion(rng.pick(deletions).id, editorId);
    return "restore";
  }
  if (op === 7) {
    const fact = await db().fact.findUniqueOrThrow({ where: { id: rng.pick(world.facts) } });
    if (rng.next() < 0.5) {
      await setFactTally(
        { factId: fact.id, tally: rng.pick(["auto", "running", "fixed"] as const), eventEnd: null },
        editorId,
      );
      return "tally";
    }
    await updateFact(
      updateFactSchema.parse({
        factId: fact.id,
        version: String(fact.version),
        label: rng.pick(LABELS),
        status: "open",
      }),
      editorId,
    );
    return "relabel fact";
  }
  const a = rng.pick(world.articles);
  const text = `Mise à jour ${rng.int(1000)}. ${a.article.text.replace(/^Mise à jour \d+\. /, "")}`;
  await giveArticleNewText({ articleId: a.article.id, text }, editorId);
  a.article = { id: a.article.id, text: (await db().article.findUniqueOrThrow({ where: { id: a.article.id } })).text };
  return "new text";
}

describe("stored verdicts", () => {
  for (const seed of [7, 2026, 91_203]) {
    it(`stay equal to fresh ones through a random sequence of writes (seed ${seed})`, async () => {
      const rng = random(seed);
      const world: World = { articles: [], facts: [] };
      for (const label of LABELS) world.facts.push((await createFact({ label, kind: "count" }, editorId)).id);
      const done: string[] = [];
      const seen = new Set<string | null>();
      for (let i = 0; i < 60; i++) {
        try {
          done.push(await step(rng, world));
        } catch (error) {
          // A refusal (a deleted fact or article, a claim edited meanwhile) is a
          // write that did not happen: the invariant must hold all the same.
          if (!(error instanceof AppError)) throw error;
          done.push(`refused: ${error.message}`);
        }
        const stored = await storedVerdicts();
        expect(stored, `seed ${seed} after ${done.join(" / ")}`).toEqual(await freshVerdicts());
        for (const v of stored) seen.add(v.verdict);
      }
      console.info(`[stored-verdicts] seed ${seed}: ${done.join(" / ")}`);
      // The sequence went through most kinds of write, not only refusals.
      expect(new Set(done.filter((d) => !d.startsWith("refused") && d !== "skip")).size).toBeGreaterThanOrEqual(7);
      expect(seen.size, [...seen].join(", ")).toBeGreaterThanOrEqual(3);
    });
  }

  it("backfills facts left without a stored verdict, in batches", async () => {
    await sql()`UPDATE facts SET verdict = NULL, claim_count = 0, outlet_count = 0, claims_activity = NULL`;
    const filled = await backfillFactVerdicts(runOnSql(sql()), {
      all: false,
      inTransaction: async (fn) => {
        await sql().begin((tx) => fn(runOnSql(tx)));
      },
    });
    expect(filled).toBeGreaterThan(0);
    expect(await storedVerdicts()).toEqual(await freshVerdicts());
    expect(await backfillFactVerdicts(runOnSql(sql()), { all: false })).toBe(0);
  });
});
