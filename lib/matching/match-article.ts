import { randomUUID } from "node:crypto";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { loadEntityMatcher } from "@/lib/aliases/find-entities";
import { sql, type Sql } from "@/lib/db/client";
import { extractFigures, type ExtractedFigure, type FigureValue } from "@/lib/figures";
import { splitSentences } from "@/lib/figures/sentences";
import { isLocale } from "@/lib/i18n/locales";
import { loadCandidates, nearValueFactIds, searchWords, storyFactIds } from "./candidates";
import { PROPOSAL_THRESHOLD, scoreMatch, type MatchCandidate, type MatchFigure, type MatchScore } from "./score";

// Matching one article: every figure the extractor reads in it is scored
// against the facts its prefilter brings (candidates.ts); the best fact above
// the threshold becomes a waiting proposal. A figure no fact takes is paired
// with unclaimed figures of other recent articles: when one fits as well, both
// become "new fact" proposals under one key. Rows are only ever inserted with
// ON CONFLICT DO NOTHING on (article, span, fact): running this again changes
// nothing, and a proposal once rejected is never made again.

/** Two figures of different articles must agree more than a figure and a fact (no label helps them). */
export const NEW_FACT_MARGIN = 1;

export type MatchOptions = {
  /** The score a fact must reach to be proposed (the benchmark tries others on its tuning part). */
  threshold?: number;
};
/** How far apart two articles stating a new fact may be published. */
const NEW_FACT_DAYS = 60;
const NEW_FACT_PEERS = 40;

type ArticleRow = { id: string; title: string; text: string; language: string; publishedAt: string };

type Located = {
  figure: ExtractedFigure;
  match: MatchFigure;
  span: [number, number];
  sentence: [number, number];
};

export type MatchOutcome = { figures: number; proposed: number; newFacts: number };

function contextOf(article: ArticleRow): string {
  const lead = article.text.split(/\n\s*\n/)[0] ?? "";
  return `${article.title}\n${lead.slice(0, 600)}`;
}

/** Matches one article's figures; returns how many proposals were added. */
export async function matchArticle(
  articleId: string,
  db: Sql = sql(),
  { threshold = PROPOSAL_THRESHOLD }: MatchOptions = {},
): Promise<MatchOutcome> {
  const [article] = await db<ArticleRow[]>`
    SELECT id, title, text, language, to_char(published_at, 'YYYY-MM-DD') AS "publishedAt"
    FROM articles WHERE id = ${articleId}::uuid AND deleted_at IS NULL`;
  if (!article) return { figures: 0, proposed: 0, newFacts: 0 };
  const matcher = await loadEntityMatcher();
  const found = extractFigures(article.text, {
    lang: isLocale(article.language) ? article.language : undefined,
    publishedAt: article.publishedAt,
  });
  const index = createOffsetIndex(article.text);
  const claimed = await db<{ start: number; end: number }[]>`
    SELECT figure_start AS start, figure_end AS "end" FROM claims
    WHERE article_id = ${articleId}::uuid AND deleted_at IS NULL`;
  const context = contextOf(article);
  const contextEntities = matcher.find(context);

  const located: Located[] = [];
  for (const figure of found) {
    const span: [number, number] = [index.toCodePoint(figure.start), index.toCodePoint(figure.end)];
    if (claimed.some((c) => c.start < span[1] && c.end > span[0])) continue;
    const sentenceText = article.text.slice(figure.sentenceStart, figure.sentenceEnd);
    located.push({
      figure,
      span,
      sentence: [index.toCodePoint(figure.sentenceStart), index.toCodePoint(figure.sentenceEnd)],
      match: {
        value: figure.value,
        sentence: sentenceText,
        context,
        language: article.language,
        publishedAt: article.publishedAt,
        entities: matcher.find(sentenceText),
        contextEntities,
      },
    });
  }
  if (located.length === 0) return { figures: 0, proposed: 0, newFacts: 0 };

  // The spellings of the entities named, to look for them in labels and quotes.
  const entityIds = [...new Set(located.flatMap((l) => [...l.match.entities, ...contextEntities]))];
  const spellingRows = entityIds.length
    ? await db<{ entityId: string; alias: string }[]>`
        SELECT entity_id::text AS "entityId", alias FROM entity_aliases WHERE entity_id = ANY(${entityIds}::uuid[])`
    : [];
  const spellingsOf = (ids: string[]) => spellingRows.filter((r) => ids.includes(r.entityId)).map((r) => r.alias);

  const story = await storyFactIds(
    searchWords({ context, sentences: [...new Set(located.map((l) => l.match.sentence))] }, spellingsOf(entityIds)),
    spellingsOf(entityIds),
    db,
  );
  const idsPer = (await Promise.all(located.map((l) => nearValueFactIds(l.match, db)))).map((near) => [
    ...new Set([...near, ...story]),
  ]);
  const candidates = await loadCandidates([...new Set(idsPer.flat())], (text) => matcher.find(text), db);
  const byId = new Map(candidates.map((c) => [c.id, c]));

  let proposed = 0;
  const unmatched: Located[] = [];
  for (const [i, l] of located.entries()) {
    let best: MatchScore | null = null;
    for (const id of idsPer[i] ?? []) {
      const fact = byId.get(id);
      const s = fact ? scoreMatch(l.match, fact) : null;
      if (s && s.score >= threshold && (!best || s.score > best.score)) best = s;
    }
    if (best) proposed += await insertProposal(db, article.id, l, best.factId, null, best);
    else unmatched.push(l);
  }
  const newFacts = await proposeNewFacts(
    db,
    article,
    unmatched,
    (text) => matcher.find(text),
    threshold + NEW_FACT_MARGIN,
  );
  return { figures: located.length, proposed, newFacts };
}

async function insertProposal(
  db: Sql,
  articleId: string,
  l: Located | (Pick<Located, "span" | "sentence"> & { text: string; value: FigureValue }),
  factId: string | null,
  newFactKey: string | null,
  s: Pick<MatchScore, "score" | "reasons">,
): Promise<number> {
  const text = "figure" in l ? l.figure.text : l.text;
  const value = "figure" in l ? l.figure.value : l.value;
  const rows = await db`
    INSERT INTO claim_proposals (article_id, span_start, span_end, sentence_start, sentence_end, figure, value,
      fact_id, new_fact_key, score, reasons)
    VALUES (${articleId}::uuid, ${l.span[0]}, ${l.span[1]}, ${l.sentence[0]}, ${l.sentence[1]}, ${text},
      ${JSON.stringify(value)}::text::jsonb, ${factId}::uuid, ${newFactKey}::uuid, ${s.score}, ${JSON.stringify(s.reasons)}::text::jsonb)
    ON CONFLICT (article_id, span_start, span_end, coalesce(fact_id, '00000000-0000-0000-0000-000000000000'::uuid))
      DO NOTHING
    RETURNING id`;
  return rows.length;
}

type PeerRow = {
  articleId: string;
  start: number;
  end: number;
  figure: string;
  value: FigureValue;
  text: string;
  language: string;
  publishedAt: string;
  newFactKey: string | null;
};

/**
 * Figures no fact takes, paired with figures of other articles published near
 * it that nothing covers yet (no claim, no proposal for an existing fact): same
 * kind, same counted class, read through the suggestions' index.
 */
async function proposeNewFacts(
  db: Sql,
  article: ArticleRow,
  unmatched: Located[],
  findEntities: (text: string) => string[],
  newFactThreshold: number,
): Promise<number> {
  let added = 0;
  const spansOf = new Map<string, SentenceSpans>();
  // One query per kind and counted class among the figures, not one per figure.
  const peersOf = new Map<string, Promise<PeerRow[]>>();
  const pseudoOf = new Map<string, { candidate: MatchCandidate; sentence: [number, number] }>();
  for (const l of unmatched) {
    const value = l.figure.value;
    if (value.kind === "count" && !value.countedKey) continue; // an uncounted number is rarely a fact
    const group = `${value.kind}:${value.countedKey ?? ""}`;
    let pending = peersOf.get(group);
    if (!pending) {
      pending = db<PeerRow[]>`
      SELECT s.article_id AS "articleId", s.start, s."end", s.figure, s.value, a.text, a.language,
        to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt",
        (SELECT p.new_fact_key FROM claim_proposals p WHERE p.article_id = s.article_id AND p.span_start = s.start
          AND p.span_end = s."end" AND p.fact_id IS NULL AND p.status = 'waiting' LIMIT 1) AS "newFactKey"
      FROM suggestions s JOIN articles a ON a.id = s.article_id AND a.deleted_at IS NULL
      WHERE s.status = 'pending' AND s.value->>'kind' = ${value.kind}
        AND (s.value->>'countedKey') IS NOT DISTINCT FROM ${value.countedKey}
        AND s.article_id <> ${article.id}::uuid
        AND a.published_at BETWEEN ${article.publishedAt}::date - ${NEW_FACT_DAYS}::int
          AND ${article.publishedAt}::date + ${NEW_FACT_DAYS}::int
        AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = s.article_id AND c.deleted_at IS NULL
          AND c.figure_start < s."end" AND c.figure_end > s.start)
        AND NOT EXISTS (SELECT 1 FROM claim_proposals p WHERE p.article_id = s.article_id
          AND p.span_start = s.start AND p.span_end = s."end" AND p.fact_id IS NOT NULL AND p.status <> 'rejected')
      ORDER BY s.created_at DESC LIMIT ${NEW_FACT_PEERS}`;
      peersOf.set(group, pending);
    }
    const peers = await pending;
    let best: { peer: PeerRow; sentence: [number, number]; score: MatchScore } | null = null;
    for (const peer of peers) {
      const peerKey = `${peer.articleId}:${peer.start}:${peer.end}`;
      let made = pseudoOf.get(peerKey);
      if (!made) {
        let spans = spansOf.get(peer.articleId);
        if (!spans) {
          spans = sentenceSpans(peer.text);
          spansOf.set(peer.articleId, spans);
        }
        const sentence = spans.around(peer.start, peer.end);
        const quote = spans.text(sentence[0], sentence[1]);
        made = {
          sentence,
          candidate: {
            id: peerKey,
            label: "",
            kind: peer.value.kind,
            countedKey: peer.value.countedKey,
            entities: findEntities(quote),
            claims: [{ value: peer.value, quote, language: peer.language, publishedAt: peer.publishedAt, asOf: null }],
          },
        };
        pseudoOf.set(peerKey, made);
      }
      const { sentence, candidate: pseudo } = made;
      const s = scoreMatch(l.match, pseudo);
      if (s && s.score >= newFactThreshold && (!best || s.score > best.score.score)) {
        best = { peer, sentence, score: s };
      }
    }
    if (!best) continue;
    const key = best.peer.newFactKey ?? randomUUID();
    if (!best.peer.newFactKey) {
      await insertProposal(
        db,
        best.peer.articleId,
        {
          span: [best.peer.start, best.peer.end],
          sentence: best.sentence,
          text: best.peer.figure,
          value: best.peer.value,
        },
        null,
        key,
        best.score,
      );
    }
    added += await insertProposal(db, article.id, l, null, key, best.score);
  }
  return added;
}

type SentenceSpans = {
  around: (start: number, end: number) => [number, number];
  text: (start: number, end: number) => string;
};

/** The sentences of a text, to find the one holding [start, end) (code points), read once per text. */
function sentenceSpans(text: string): SentenceSpans {
  const index = createOffsetIndex(text);
  const spans = splitSentences(text);
  return {
    around(start, end) {
      const s16 = index.toUtf16(start);
      const e16 = index.toUtf16(end);
      const span = spans.find(([a, b]) => a <= s16 && b >= e16) ?? [s16, e16];
      return [index.toCodePoint(span[0]), index.toCodePoint(span[1])];
    },
    text: (start, end) => text.slice(index.toUtf16(start), index.toUtf16(end)),
  };
}
