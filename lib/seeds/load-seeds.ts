import { sliceCodePoints } from "@/lib/anchors/offsets";
import { insertArticle } from "@/lib/articles/create-article";
import { prepareArticle } from "@/lib/articles/prepare-article";
import { insertClaim } from "@/lib/claims/create-claim";
import { writeAs, type Tx } from "@/lib/db/write";
import { isAppError } from "@/lib/errors/app-error";
import { countQuote, findQuote } from "./find-quote";
import { readSeeds, type Seeds } from "./read-seeds";
import type { SeedClaim } from "./schema";

// Loads the seed articles and the editors' tagging. Idempotent: every seeded row
// carries a seed key, and a key already present (even deleted since) is skipped,
// so starting twice, or several servers starting at once, adds nothing twice.

const SEED_LOCK = 72_110_916;

export type SeedReport = { articles: number; facts: number; claims: number; notes: number };

async function existingKeys(tx: Tx) {
  const [articles, facts, claims, notes] = await Promise.all([
    tx.article.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true, id: true } }),
    tx.fact.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true, id: true } }),
    tx.claim.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true, id: true } }),
    tx.note.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true } }),
  ]);
  const map = (rows: { seedKey: string | null; id: string }[]) => new Map(rows.map((r) => [r.seedKey as string, r.id]));
  return {
    articles: map(articles),
    facts: map(facts),
    claims: map(claims),
    notes: new Set(notes.map((n) => n.seedKey)),
  };
}

async function insertSeedClaim(
  tx: Tx,
  seed: SeedClaim,
  articleId: string,
  factId: string | undefined,
  text: string,
  actorId: string | null,
): Promise<string> {
  const occurrences = countQuote(text, seed.quote);
  if (occurrences > 1 && !seed.occurrence) {
    throw new Error(`Seed claim ${seed.key}: the quote occurs ${occurrences} times; say which with "occurrence"`);
  }
  const quote = findQuote(text, seed.quote, seed.occurrence ?? 1);
  if (!quote) throw new Error(`Seed claim ${seed.key}: the quote is not in article ${seed.article}`);
  // Bounds go through the same parsing as the tag form: ISO dates for dates,
  // numbers otherwise.
  const { lower, upper } = seed;
  const claim = await insertClaim(
    tx,
    {
      articleId,
      quoteStart: quote.start,
      quoteEnd: quote.end,
      quoteExact: sliceCodePoints(text, quote.start, quote.end),
      figure: seed.figure,
      kind: seed.kind,
      lower: lower === null ? undefined : String(lower),
      upper: upper === null ? undefined : String(upper),
      lowerInclusive: String(seed.lowerInclusive ?? lower !== null) as "true" | "false",
      upperInclusive: String(seed.upperInclusive ?? upper !== null) as "true" | "false",
      approximate: seed.approximate ? "on" : undefined,
      granularity: seed.granularity === undefined ? undefined : String(seed.granularity),
      qualifier: seed.qualifier,
      unit: seed.unit,
      counted: seed.counted,
      countedKey: seed.countedKey,
      factId: factId ?? null,
      newFactLabel: null,
      attributedTo: seed.attributedTo ?? null,
      asOf: seed.asOf ?? null,
      suggestionId: null,
    },
    actorId,
    seed.key,
  );
  return claim.id;
}

export async function loadSeeds(actorId: string | null, seeds?: Seeds): Promise<SeedReport> {
  const data = seeds ?? (await readSeeds());
  return writeAs(actorId, async (tx) => {
    // One loader at a time across all app servers; the others then find every
    // key present and add nothing.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK})`;
    const existing = await existingKeys(tx);
    const report: SeedReport = { articles: 0, facts: 0, claims: 0, notes: 0 };

    for (const seed of data.articles) {
      if (existing.articles.has(seed.key)) continue;
      const raw = data.texts.get(seed.key) as string;
      const prepared = prepareArticle(raw, { format: "seed", title: seed.title });
      const article = await insertArticle(
        tx,
        {
          outlet: seed.outlet,
          title: seed.title,
          url: seed.url,
          publishedAt: seed.publishedAt,
          language: seed.language,
          format: "seed",
          prepared,
          seedKey: seed.key,
        },
        actorId,
      );
      existing.articles.set(seed.key, article.id);
      report.articles++;
    }

    for (const seed of data.facts) {
      if (existing.facts.has(seed.key)) continue;
      const fact = await tx.fact.create({
        data: {
          label: seed.label,
          kind: seed.kind,
          countedKey: seed.countedKey ?? null,
          status: seed.status ?? "open",
          resolutionNote: seed.resolutionNote ?? null,
          seedKey: seed.key,
          createdById: actorId,
        },
        select: { id: true },
      });
      existing.facts.set(seed.key, fact.id);
      report.facts++;
    }

    const texts = new Map<string, string>();
    for (const seed of data.claims) {
      if (existing.claims.has(seed.key)) continue;
      const articleId = existing.articles.get(seed.article);
      if (!articleId) throw new Error(`Seed claim ${seed.key}: unknown article ${seed.article}`);
      if (seed.fact && !existing.facts.has(seed.fact))
        throw new Error(`Seed claim ${seed.key}: unknown fact ${seed.fact}`);
      if (!texts.has(articleId)) {
        const row = await tx.article.findUniqueOrThrow({ where: { id: articleId }, select: { text: true } });
        texts.set(articleId, row.text);
      }
      const factId = seed.fact ? existing.facts.get(seed.fact) : undefined;
      try {
        const id = await insertSeedClaim(tx, seed, articleId, factId, texts.get(articleId) as string, actorId);
        existing.claims.set(seed.key, id);
      } catch (error) {
        // Name the seed claim and its fields: the data, not the code, is what to fix.
        const details = isAppError(error) && error.fieldErrors ? ` ${JSON.stringify(error.fieldErrors)}` : "";
        throw new Error(`Seed claim ${seed.key}: ${(error as Error).message}${details}`);
      }
      report.claims++;
    }

    for (const seed of data.notes) {
      if (existing.notes.has(seed.key)) continue;
      const factId = seed.fact ? existing.facts.get(seed.fact) : undefined;
      const claimId = seed.claim ? existing.claims.get(seed.claim) : undefined;
      if (!factId && !claimId)
        throw new Error(`Seed note ${seed.key}: unknown ${seed.fact ? `fact ${seed.fact}` : `claim ${seed.claim}`}`);
      await tx.note.create({
        data: {
          body: seed.body,
          factId: factId ?? null,
          claimId: claimId ?? null,
          authorId: actorId,
          seedKey: seed.key,
        },
      });
      report.notes++;
    }
    return report;
  });
}
