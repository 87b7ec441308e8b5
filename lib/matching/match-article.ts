import { randomUUID } from "node:crypto";
import { createOffsetIndex } from "@/lib/anchors/offsets";
import { loadEntityMatcher } from "@/lib/aliases/find-entities";
import { sql, type Sql } from "@/lib/db/client";
import { extractFigures, toEpochDay, type ExtractedFigure, type FigureValue } from "@/lib/figures";
import { splitSentences } from "@/lib/figures/sentences";
import { isLocale } from "@/lib/i18n/locales";
import { loadCandidates, nearValueFactIds, searchWords, storyFactIds } from "./candidates";
import { conceptsOf } from "./domain-words";
import { datesAStatement, furnitureRanges, isAge, isIncrement, isPeriodOfAmount, isRate, outcomeOf } from "./clause";
import { eventDay, storyDay } from "./event-day";
import {
  ownNames,
  pickBest,
  PROPOSAL_THRESHOLD,
  scoreMatch,
  type MatchCandidate,
  type MatchFigure,
  type MatchScore,
  type ReasonCode,
  MIN_TOPICAL,
} from "./score";

// Matching one article: every figure its import read (or the extractor reads
// again), less page furniture, ages and increments, is scored against the facts
// its prefilter brings (candidates.ts); the best fact above the threshold
// becomes a waiting proposal, unless another fact ties with it (then none). A
// figure that nearly fits a fact is no new fact; a figure no fact takes is paired
// with unclaimed figures of other recent articles: when one fits as well, both
// become "new fact" proposals under one key (a third joins the key its peer
// has). A figure a fact takes goes to such a new fact instead when the other
// article's figure fits it clearly better (RIVAL_MARGIN points): the same event
// told twice, next to a fact of its story. Rows are only ever inserted with
// ON CONFLICT DO NOTHING on (article, span, fact): running this again changes
// nothing, and a proposal once rejected is never made again. A figure whose span
// overlaps a claim of its article is never proposed (checked again as each row
// is written: a claim made meanwhile wins; insertClaim withdraws the rest).

/** Two figures of different articles must agree more than a figure and a fact (no label helps them). */
export const NEW_FACT_MARGIN = 1;
/** How much better a figure of another article must fit a figure than the fact that takes it, to make a new fact instead. */
export const RIVAL_MARGIN = 4;
/** What two sentences share of what they are about (not their story's title and lead). */
const SENTENCE_CODES: ReadonlySet<ReasonCode> = new Set(["sharedEntities", "sharedConcepts", "sharedWords"]);
/**
 * The points of those that two figures of different articles need, their stories aside: a fact is
 * one sentence's. Across languages only names and domain concepts can meet: the scorer's own minimum.
 */
export const NEW_FACT_SENTENCE_POINTS = 2;

/**
 * Whether a fact's score below the threshold still says "probably this fact, not a new one": within
 * `nearMiss` of it, unless the figure's sentence ties it to another year than the fact's (an old
 * flood's toll beside this year's storm's), or the two name no place, person or body in common
 * (last month's earthquake's injured beside this week's epidemic's patients), or the fact's articles
 * are years older and the sentence names no year (a flood's toll of long ago beside this week's
 * wreck's drowned), or their stories tell unrelated kinds of event (a shipwreck's toll beside a
 * storm's): that is another event's figure, free to be a new fact.
 */
export function isNearMiss(s: Pick<MatchScore, "score" | "reasons">, threshold: number, nearMiss = NEAR_MISS): boolean {
  return (
    s.score >= threshold - nearMiss &&
    !s.reasons.some((r) => OTHER_EVENT.has(r.code) || (NARROWER_SCOPE.has(r.code) && r.points < 0))
  );
}
const OTHER_EVENT: ReadonlySet<string> = new Set(["otherYear", "noSharedName", "farInTime", "otherStory"]);
/**
 * Reasons saying the figure is of a narrower scope than the fact: its place is a part of the fact's
 * ("à Lille" beside a national turnout), or its clause names what the label does not (a region's,
 * a union's own count). That is the part's own figure, free to be a new fact with another
 * article's figure of the same part.
 */
const NARROWER_SCOPE: ReadonlySet<string> = new Set(["placePart", "otherScope"]);

/** Whether two figures' own sentences say enough of the same thing for a new fact (same story is not enough). */
export function sentencesMeet(s: Pick<MatchScore, "reasons" | "raw">, crossLanguage = false): boolean {
  const raw = s.raw ?? s.reasons;
  let points = raw.filter((r) => SENTENCE_CODES.has(r.code)).reduce((sum, r) => sum + r.points, 0);
  // The same outcome (a yes share, a turnout, a toll) of the same place named in both clauses is
  // what the two sentences are about, whatever words they use for it ("plébiscitée à 61 %", "le oui
  // l'emporte avec 61 %"): the place's points count, once an outcome joins it.
  if (raw.some((r) => r.code === "sameOutcome" && r.points > 0))
    points += raw.filter((r) => r.code === "sameScope" && r.points > 0).reduce((sum, r) => sum + r.points, 0);
  return points >= (crossLanguage ? MIN_TOPICAL : NEW_FACT_SENTENCE_POINTS);
}

/**
 * Whether two figures of different articles count the same thing, as far as their words say: two
 * outlets' "14 avions" and "quatorze départements", or a whole and a part ("onze morts" and "deux
 * enfants"), are no one new fact, whatever the number (a fact's label may say more than its claims).
 * Across languages, two nouns no class holds and one of them unknown to the glossary ("maisons",
 * "houses") say nothing either way: the rest of the score decides.
 */
export function countsMeet(
  s: Pick<MatchScore, "reasons" | "raw">,
  counted: { a: string | null; b: string | null; crossLanguage: boolean } = { a: null, b: null, crossLanguage: false },
): boolean {
  const raw = s.raw ?? s.reasons;
  if (raw.some((r) => r.code === "sameCounted")) return true;
  if (raw.some((r) => r.code === "partCounted")) return false;
  if (!raw.some((r) => r.code === "otherCounted")) return true;
  const known = (noun: string | null) => noun !== null && conceptsOf(noun).size > 0;
  return counted.crossLanguage && !(known(counted.a) && known(counted.b));
}

/**
 * A peer's score less what its clause's names gave it (sameScope): against a fact that takes the
 * figure, the peer must fit better by what both are about, not by the place both name, which a
 * peer's clause gives more freely than a fact's label.
 */
/** Reasons saying the fact's label names what the figure is of: the event a length lasts, the day it counts. */
const OWN_TERMS: ReadonlySet<ReasonCode> = new Set(["sameEvent", "sameDay"]);
/** A fit with a reason of the fact's own terms and no reason against it beyond a trifle. */
export function holdsOwn(s: MatchScore): boolean {
  return s.reasons.some((r) => OWN_TERMS.has(r.code) && r.points > 0) && !s.reasons.some((r) => r.points < -1);
}

function beyondScope(s: MatchScore): number {
  return s.score - s.reasons.filter((r) => r.code === "sameScope").reduce((sum, r) => sum + r.points, 0);
}

export type MatchOptions = {
  /** The score a fact must reach to be proposed (the benchmark tries others on its tuning part). */
  threshold?: number;
  /** The score two figures of different articles must reach to be proposed as one new fact. */
  newFactThreshold?: number;
  /** How far below the threshold a fact's score keeps its figure from new facts (default NEAR_MISS). */
  nearMiss?: number;
  /** How much better another article's figure must fit than the fact that takes it (default RIVAL_MARGIN). */
  rivalMargin?: number;
  /** Milliseconds spent in each stage are added here (the benchmark prints where the time goes). */
  profile?: Record<string, number>;
  /** Every figure's scores against the facts and the other articles' figures it met (the benchmark fits its weights on them). */
  trace?: (event: MatchTrace) => void;
};

/** What the matcher weighed for one figure: each fact's score, or each peer figure's (article, span). */
export type MatchTrace =
  | { type: "facts"; span: [number, number]; scores: MatchScore[] }
  | {
      type: "peers";
      span: [number, number];
      peers: { articleId: string; span: [number, number]; score: MatchScore }[];
    };
/** How far below the threshold an existing fact's score still says "probably that fact, not a new one". */
export const NEAR_MISS = 2;
/** How far apart two articles stating a new fact may be published. */
const NEW_FACT_DAYS = 60;
const NEW_FACT_PEERS = 20;
/** How close to the best peer's score a peer already in a new fact wins the figure for that group. */
const GROUP_TIE = 1;

type ArticleRow = { id: string; title: string; text: string; language: string; publishedAt: string };

type Located = {
  figure: ExtractedFigure;
  match: MatchFigure;
  span: [number, number];
  sentence: [number, number];
};

export type MatchOutcome = { figures: number; proposed: number; newFacts: number };

function contextOf(article: { title: string; text: string }): string {
  const lead = article.text.split(/\n\s*\n/)[0] ?? "";
  return `${article.title}\n${lead.slice(0, 600)}`;
}

/** Matches one article's figures; returns how many proposals were added. */
export async function matchArticle(
  articleId: string,
  db: Sql = sql(),
  {
    threshold = PROPOSAL_THRESHOLD,
    newFactThreshold = threshold + NEW_FACT_MARGIN,
    nearMiss = NEAR_MISS,
    rivalMargin = RIVAL_MARGIN,
    profile,
    trace,
  }: MatchOptions = {},
): Promise<MatchOutcome> {
  let clock = performance.now();
  const lap = (stage: string) => {
    const now = performance.now();
    if (profile) profile[stage] = (profile[stage] ?? 0) + (now - clock);
    clock = now;
  };
  const [article] = await db<ArticleRow[]>`
    SELECT id, title, text, language, to_char(published_at, 'YYYY-MM-DD') AS "publishedAt"
    FROM articles WHERE id = ${articleId}::uuid AND deleted_at IS NULL`;
  if (!article) return { figures: 0, proposed: 0, newFacts: 0 };
  const matcher = await loadEntityMatcher();
  lap("load article and entities");
  const index = createOffsetIndex(article.text);
  const [claimed, found] = await Promise.all([
    db<{ start: number; end: number }[]>`
      SELECT figure_start AS start, figure_end AS "end" FROM claims
      WHERE article_id = ${articleId}::uuid AND deleted_at IS NULL`,
    figuresOf(db, article, index),
  ]);
  lap("figures");
  const context = contextOf(article);
  const contextEntities = matcher.find(context);

  const furniture = furnitureRanges(article.text);
  // The day the story is about: the first day its lead names, else its publication's.
  const leadEnd = article.text.search(/\n\s*\n/u);
  const storyDayOf = storyDay(
    found.filter((f) => (leadEnd < 0 || f.end <= leadEnd) && !furniture.some(([a, b]) => a <= f.start && f.end <= b)),
    article.text,
    toEpochDay(article.publishedAt),
  );
  const located: Located[] = [];
  for (const figure of found) {
    if (furniture.some(([a, b]) => a <= figure.start && figure.end <= b)) continue;
    const span: [number, number] = [index.toCodePoint(figure.start), index.toCodePoint(figure.end)];
    if (claimed.some((c) => c.start < span[1] && c.end > span[0])) continue;
    const sentenceText = article.text.slice(figure.sentenceStart, figure.sentenceEnd);
    const near = {
      before: article.text.slice(figure.sentenceStart, figure.start),
      after: article.text.slice(figure.end, figure.sentenceEnd),
    };
    // An age or an increment ("two more deaths") is no claim of a fact.
    const kind = figure.value.kind;
    if ((kind === "count" || kind === "duration") && isAge(near, figure.text)) continue;
    if (kind === "count" && isIncrement(near, figure.value.counted)) continue;
    // A rate ("the 35-hour week") or the period of a measure or sum ("300 mm in 24 hours",
    // "1,2 milliard sur dix ans") is no length of anything to check.
    if (kind === "duration" && (isRate(near) || periodOfAmount(found, figure, article.text))) continue;
    located.push({
      figure,
      span,
      sentence: [index.toCodePoint(figure.sentenceStart), index.toCodePoint(figure.sentenceEnd)],
      match: {
        value: figure.value,
        sentence: sentenceText,
        near,
        when:
          kind === "date" || kind === "date_range"
            ? null
            : eventDay(
                found.filter((f) => f.sentenceStart === figure.sentenceStart),
                figure,
                article.text,
                figure.sentenceStart,
                figure.sentenceEnd,
                storyDayOf,
              ),
        context,
        language: article.language,
        publishedAt: article.publishedAt,
        entities: matcher.find(sentenceText),
        contextEntities,
      },
    });
  }
  lap("read sentences and entities");
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
  lap("prefilter: story facts");
  const idsPer = (
    await nearValueFactIds(
      located.map((l) => l.match),
      db,
    )
  ).map((near) => [...new Set([...near, ...story])]);
  lap("prefilter: nearest values");
  const candidates = await loadCandidates([...new Set(idsPer.flat())], matcher, db);
  const byId = new Map(candidates.map((c) => [c.id, c]));
  lap("load candidates");

  const chosen: { l: Located; best: MatchScore }[] = [];
  // Figures a new fact may take: those no fact takes, and those a fact takes, which a figure
  // of another article may fit better still (the rival is the best existing fact's score).
  const open: { l: Located; rival: number | null }[] = [];
  for (const [i, l] of located.entries()) {
    const scores = (idsPer[i] ?? []).map((id) => {
      const fact = byId.get(id);
      return fact ? scoreMatch(l.match, fact) : null;
    });
    trace?.({ type: "facts", span: l.span, scores: scores.filter((s): s is MatchScore => s !== null) });
    const best = pickBest(scores, threshold);
    if (best) {
      chosen.push({ l, best });
      // A fact whose label says what the figure is of (the war a length lasts, the day a count is of)
      // and that nothing speaks against keeps it: another article telling the same figure fits it
      // better only by the words two sentences share, which a label's few words cannot.
      if (!holdsOwn(best)) open.push({ l, rival: best.score });
    }
    // A figure that nearly fits an existing fact (or fits two) is no new fact: it is likely one of those.
    else if (!scores.some((s) => s && isNearMiss(s, threshold, nearMiss))) open.push({ l, rival: null });
  }
  lap("score");
  const { added: newFacts, taken } = await proposeNewFacts(
    db,
    article,
    open,
    (text) => matcher.find(text),
    newFactThreshold,
    rivalMargin,
    lap,
    trace,
  );
  let proposed = 0;
  for (const { l, best } of chosen) {
    if (!taken.has(l)) proposed += await insertProposal(db, article.id, l, best.factId, null, best);
  }
  lap("write proposals");
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
    SELECT ${articleId}::uuid, ${l.span[0]}, ${l.span[1]}, ${l.sentence[0]}, ${l.sentence[1]}, ${text},
      ${JSON.stringify(value)}::text::jsonb, ${factId}::uuid, ${newFactKey}::uuid, ${s.score}, ${JSON.stringify(s.reasons)}::text::jsonb
    WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = ${articleId}::uuid AND c.deleted_at IS NULL
      AND c.figure_start < ${l.span[1]} AND c.figure_end > ${l.span[0]})
    ON CONFLICT (article_id, span_start, span_end, coalesce(fact_id, '00000000-0000-0000-0000-000000000000'::uuid))
      DO NOTHING
    RETURNING id`;
  return rows.length;
}

type PeerRow = {
  i: number;
  articleId: string;
  start: number;
  end: number;
  figure: string;
  value: FigureValue;
  newFactKey: string | null;
  /** The article's text hash: a cached reading of an older version is not used. */
  textHash: string;
  language: string;
  publishedAt: string;
};

type PeerArticle = { id: string; title: string; text: string; textHash: string };

/** What a peer article gives its figures, read once per article (peers recur from one import to the next). */
type PeerReading = { spans: SentenceSpans; context: string; contextEntities: string[] };
const peerReadings = new Map<string, PeerReading>();
const PEER_READINGS_KEPT = 2000;
/** Each peer figure as a one-claim fact, kept between articles (its readings with it: score.ts). */
const pseudoCandidates = new Map<string, { candidate: MatchCandidate; sentence: [number, number] } | null>();

const mid = (v: { lower: number | null; upper: number | null }) =>
  v.lower !== null && v.upper !== null ? (v.lower + v.upper) / 2 : (v.lower ?? v.upper);

/**
 * A date written without its number ("jeudi", "on Monday", "last week"): each article's own days,
 * read from its date. Two stories of one week meet on such days by their dates alone, so two of
 * them make no new fact; one of them and a day written out ("jeudi 26 mars") may.
 */
export const isBareDay = (text: string, value: Pick<FigureValue, "kind">) =>
  (value.kind === "date" || value.kind === "date_range") && !/\p{N}/u.test(text);

/**
 * Two bare days still make a new fact when their sentences tell the same event, not only the same
 * story: a domain concept of it in both, and words of their own besides ("les habitants ont été
 * évacués dimanche", "l'ordre d'évacuer la ville… dimanche") as many as two figures' sentences
 * are asked for in all, with no place told against it. A day meets another day of its week by
 * date alone, so concepts of the story ("the storm", "the strike") are not enough.
 */
export function bareDaysMeet(s: Pick<MatchScore, "reasons" | "raw">): boolean {
  const raw = s.raw ?? s.reasons;
  const sum = (code: ReasonCode) => raw.filter((r) => r.code === code).reduce((t, r) => t + r.points, 0);
  return (
    sum("sharedConcepts") > 0 &&
    sum("sharedWords") >= NEW_FACT_SENTENCE_POINTS &&
    !raw.some((r) => PLACE_AGAINST.has(r.code) && r.points < 0)
  );
}
const PLACE_AGAINST: ReadonlySet<string> = new Set(["placeOther", "placePart", "placeWhole", "otherScope"]);

/** Counted nouns that are a currency: an amount the extractor read as a count ("1,2 milliard de francs"). */
const CURRENCY_NOUN =
  /^(?:francs?|euros?|dollars?|livres?|pounds?|sterling|yens?|yuans?|roubles?|rubles?|dinars?|dirhams?|pesos?|couronnes?|crowns?|kronor|kroner|zlotys?|lires?|roupies?|rupees?)$/iu;

/** Whether a figure is an amount: a sum of money, a measure with its unit. */
const isAmount = (v: FigureValue) =>
  v.kind === "money" ||
  v.kind === "quantity" ||
  (v.kind === "count" && v.counted !== null && CURRENCY_NOUN.test(v.counted.trim()));

/**
 * Whether a duration is the period of the amount right before it in its sentence ("300 mm of
 * rain in 24 hours", "a €2bn plan over five years", "1,2 milliard de francs sur dix ans").
 */
export function periodOfAmount(
  found: readonly Pick<ExtractedFigure, "start" | "end" | "value" | "sentenceStart">[],
  figure: Pick<ExtractedFigure, "start" | "end" | "sentenceStart">,
  text: string,
): boolean {
  const previous = found
    .filter((f) => f.sentenceStart === figure.sentenceStart && f.end <= figure.start)
    .sort((a, b) => b.end - a.end)[0];
  // A bound read into the figure ("within 12 hours") is still the word that makes it a period.
  if (!previous || !isAmount(previous.value)) return false;
  const between = text.slice(previous.end, figure.start);
  const first = /^\p{L}+\s/u.exec(text.slice(figure.start, figure.end))?.[0];
  return isPeriodOfAmount(between) || (!!first && isPeriodOfAmount(between + first));
}

/** The same for a peer's figure, read again in its own sentence (once per peer: the readings are kept). */
function peerPeriodOfAmount(
  sentence: string,
  /** Where the figure starts in the sentence (UTF-16). */
  at: number,
  peer: Pick<PeerRow, "figure" | "language" | "publishedAt">,
) {
  const found = extractFigures(sentence, {
    lang: isLocale(peer.language) ? peer.language : undefined,
    publishedAt: peer.publishedAt,
  });
  const own = found.find((f) => f.start === at && f.text === peer.figure);
  return !!own && periodOfAmount(found, own, sentence);
}

/** Ordinal numbers in English and French ("third", "21st", "troisième", "2e"). */
const ORDINAL =
  /(?<![\p{L}])(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th|e|ème|eme)|premi[eè]re?|seconde?|\p{L}+i[eè]me)(?![\p{L}])/iu;
/** A date opening its sentence, before a comma: "In 2009, …", "En 1999, …". */
const OPENING_DATE = /^\s*(?:in|en|au cours de|during)\s*$/iu;
function datesItsSentence(near: { before: string; after: string }): boolean {
  return OPENING_DATE.test(near.before) && /^\s*,/u.test(near.after);
}

/** A calendar year, leap or not (in days, as a date's span: its last day less its first). */
const ONE_YEAR = 366;

/** One day, week, month or year (in days). */
const ONE_UNIT = new Set([1, 7, 30, 31, 365, 366]);

/**
 * Whether a duration may be a new fact's: not an ordinal ("au troisième jour", "the second day": a
 * moment within something, not how long it lasted), nor one unit spelt out ("une semaine", "more
 * than a week", "a day"), which two stories of one week say of anything.
 */
export function durationOfItsOwn(text: string, value: { lower: number | null; upper: number | null }): boolean {
  if (ORDINAL.test(text)) return false;
  const unit = value.lower ?? value.upper;
  return unit === null || !ONE_UNIT.has(unit) || !/(?:^|[\s'’])(?:un|une|a|an|one)\s+\p{L}/iu.test(text);
}

/**
 * Whether a figure may be one of a new fact's, on either side of the pair: no quantity, no year
 * (named in many stories), no date of saying, no count of nothing named, no duration of no length
 * of its own.
 */
export function mayMakeNewFact(
  text: string,
  v: FigureValue,
  near: { before: string; after: string },
  publishedAt: string,
): boolean {
  if (v.kind === "quantity") return false;
  if (v.kind === "date" || v.kind === "date_range") {
    if (v.lower === null || v.upper === null || v.upper - v.lower > ONE_YEAR) return false;
    // A year is named in many stories, most often as a name ("the 2023 reform", "depuis 2014"); only
    // a past year opening its sentence dates what the sentence tells, a past event two stories may
    // both date ("In 2009, similar floods killed…", "En 1999, la tempête avait…"). A day or a month may be.
    if (v.upper - v.lower > 31 && !(v.upper < toEpochDay(`${publishedAt.slice(0, 4)}-01-01`) && datesItsSentence(near)))
      return false;
    if (datesAStatement(near)) return false;
  }
  // A count of nothing named is no fact, unless its clause says what happened to them ("more than
  // 150 have been admitted to hospital", "the toll has risen to eight").
  if (v.kind === "count" && !v.countedKey && !v.counted && !outcomeOf(null, near)) return false;
  if (v.kind === "duration" && (!durationOfItsOwn(text, v) || isRate(near))) return false;
  return true;
}

/**
 * The values a peer may have to be read at all (the scorer judges the rest):
 * dates within six weeks, shares within five points, other values within a
 * factor of four (a toll that grows, two sources that disagree).
 */
function peerRange(value: FigureValue, m: number, publishedAt: string): [number, number] {
  if (value.kind === "date" || value.kind === "date_range") {
    // A past month or year reaches the year it is in or the months of it (their middles lie half a
    // year off); this year's months, named by every story of it, only their neighbours.
    const past = value.upper !== null && value.upper < toEpochDay(`${publishedAt.slice(0, 4)}-01-01`);
    const wide = past && value.lower !== null && value.upper !== null && value.upper - value.lower > 7;
    return wide ? [value.lower! - 183, value.upper! + 183] : [m - 45, m + 45];
  }
  if (value.kind === "percentage") return [m - 5, m + 5];
  const a = Math.max(1, Math.abs(m));
  return m >= 0 ? [m - 0.75 * a, m + 3 * a] : [m - 3 * a, m + 0.75 * a];
}

/**
 * Figures no fact takes, paired with figures of other articles published near
 * it that nothing covers yet (no claim, no proposal for an existing fact): same
 * kind, nearest values first (suggestions_pending_value_idx), in one query for
 * the whole article, then scored as a figure against a one-claim fact.
 */
async function proposeNewFacts(
  db: Sql,
  article: ArticleRow,
  open: { l: Located; rival: number | null }[],
  findEntities: (text: string) => string[],
  newFactThreshold: number,
  rivalMargin: number,
  lap: (stage: string) => void,
  trace?: (event: MatchTrace) => void,
): Promise<{ added: number; taken: Set<Located> }> {
  const taken = new Set<Located>();
  const rivalOf = new Map(open.map((o) => [o.l, o.rival]));
  // A date of saying and a bare number with no counted thing and no outcome are rarely a fact of their own.
  const wanted = open
    .map((o) => o.l)
    .filter((l) => mayMakeNewFact(l.figure.text, l.figure.value, l.match.near!, article.publishedAt));
  const at: number[] = [];
  const kinds: string[] = [];
  const mids: number[] = [];
  const lows: number[] = [];
  const highs: number[] = [];
  for (const [i, l] of wanted.entries()) {
    const m = mid(l.figure.value);
    if (m === null || !Number.isFinite(m)) continue;
    const [lo, hi] = peerRange(l.figure.value, m, article.publishedAt);
    at.push(i);
    kinds.push(l.figure.value.kind);
    mids.push(m);
    lows.push(lo);
    highs.push(hi);
  }
  if (at.length === 0) return { added: 0, taken };
  const peers = await db<PeerRow[]>`
    SELECT f.i, p.*
    FROM unnest(${at}::int[], ${kinds}::text[], ${mids}::float8[], ${lows}::float8[], ${highs}::float8[])
      AS f(i, kind, mid, lo, hi)
    CROSS JOIN LATERAL (
      SELECT s.article_id AS "articleId", s.start, s."end", s.figure, s.value, a.text_hash AS "textHash",
        a.language, to_char(a.published_at, 'YYYY-MM-DD') AS "publishedAt"
      FROM suggestions s JOIN articles a ON a.id = s.article_id AND a.deleted_at IS NULL
      WHERE s.status = 'pending' AND s.value->>'kind' = f.kind
        AND recoupe_mid((s.value->>'lower')::float8, (s.value->>'upper')::float8) BETWEEN f.lo AND f.hi
        AND s.article_id <> ${article.id}::uuid
        AND a.published_at BETWEEN ${article.publishedAt}::date - ${NEW_FACT_DAYS}::int
          AND ${article.publishedAt}::date + ${NEW_FACT_DAYS}::int
        AND NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = s.article_id AND c.deleted_at IS NULL
          AND c.figure_start < s."end" AND c.figure_end > s.start)
        AND NOT EXISTS (SELECT 1 FROM claim_proposals p WHERE p.article_id = s.article_id
          AND p.span_start = s.start AND p.span_end = s."end" AND p.fact_id IS NOT NULL AND p.status <> 'rejected')
      ORDER BY abs(recoupe_mid((s.value->>'lower')::float8, (s.value->>'upper')::float8) - f.mid)
      LIMIT ${NEW_FACT_PEERS}
    ) p`;
  if (peers.length === 0) {
    lap("new facts: peers query");
    return { added: 0, taken };
  }
  // The new facts the peers are already in: read by overlap, as a figure read again may hold a
  // little more or less than its stored reading ("Some 350" for "350"), in one query.
  const grouped = await db<{ articleId: string; start: number; end: number; key: string }[]>`
    SELECT article_id AS "articleId", span_start AS start, span_end AS "end", new_fact_key AS key
    FROM claim_proposals WHERE article_id = ANY(${[...new Set(peers.map((p) => p.articleId))]}::uuid[])
      AND fact_id IS NULL AND new_fact_key IS NOT NULL AND status = 'waiting'`;
  for (const p of peers)
    p.newFactKey = grouped.find((g) => g.articleId === p.articleId && g.start < p.end && g.end > p.start)?.key ?? null;
  lap("new facts: peers query");

  // The peers' articles, read once each (and kept while their text stays the same).
  const readingKey = (p: PeerRow) => `${p.articleId}:${p.textHash}`;
  const missing = [...new Set(peers.filter((p) => !peerReadings.has(readingKey(p))).map((p) => p.articleId))];
  const texts = missing.length
    ? await db<
        PeerArticle[]
      >`SELECT id, title, text, text_hash AS "textHash" FROM articles WHERE id = ANY(${missing}::uuid[])`
    : [];
  for (const a of texts) {
    const context = contextOf(a);
    if (peerReadings.size >= PEER_READINGS_KEPT) peerReadings.clear();
    peerReadings.set(`${a.id}:${a.textHash}`, {
      spans: sentenceSpans(a.text),
      context,
      contextEntities: findEntities(context),
    });
  }

  lap("new facts: read peers");
  const pseudoOf = pseudoCandidates;
  if (pseudoOf.size > PEER_READINGS_KEPT * 20) pseudoOf.clear();
  const keyOfPeer = new Map<string, string>();
  const peersOf = new Map<number, PeerRow[]>();
  for (const p of peers) peersOf.set(p.i, [...(peersOf.get(p.i) ?? []), p]);
  const writes: NewFactWrite[] = [];
  for (const [i, l] of wanted.entries()) {
    const scored: { peer: PeerRow; sentence: [number, number]; score: MatchScore }[] = [];
    for (const peer of peersOf.get(i) ?? []) {
      const reading = peerReadings.get(readingKey(peer));
      if (!reading) continue;
      const peerKey = `${peer.articleId}:${peer.start}:${peer.end}`;
      const cacheKey = `${peerKey}:${peer.textHash}:${peer.language}:${peer.publishedAt}`;
      let made = pseudoOf.get(cacheKey);
      if (made === undefined) {
        const sentence = reading.spans.around(peer.start, peer.end);
        const quote = reading.spans.text(sentence[0], sentence[1]);
        const near = {
          before: reading.spans.text(sentence[0], peer.start),
          after: reading.spans.text(peer.end, sentence[1]),
        };
        // The peer passes the same filters as the figure: no furniture, age, increment or date of saying.
        const kind = peer.value.kind;
        const skip =
          reading.spans.inFurniture(peer.start, peer.end) ||
          ((kind === "count" || kind === "duration") && isAge(near, peer.figure)) ||
          (kind === "count" && isIncrement(near, peer.value.counted)) ||
          !mayMakeNewFact(peer.figure, peer.value, near, peer.publishedAt) ||
          (kind === "duration" && peerPeriodOfAmount(quote, near.before.length, peer));
        made = skip
          ? null
          : {
              sentence,
              candidate: {
                id: peerKey,
                label: "",
                kind: peer.value.kind,
                countedKey: peer.value.countedKey,
                entities: [...new Set([...findEntities(quote), ...reading.contextEntities])],
                context: reading.context,
                names: ownNames(near, quote),
                claims: [
                  {
                    value: peer.value,
                    quote,
                    figure: peer.figure,
                    language: peer.language,
                    publishedAt: peer.publishedAt,
                    asOf: null,
                  },
                ],
              },
            };
        pseudoOf.set(cacheKey, made);
      }
      if (made === null) continue;
      const s = scoreMatch(l.match, made.candidate);
      if (s) scored.push({ peer, sentence: made.sentence, score: s });
    }
    trace?.({
      type: "peers",
      span: l.span,
      peers: scored.map((x) => ({ articleId: x.peer.articleId, span: [x.peer.start, x.peer.end], score: x.score })),
    });
    // The group a peer is in already, if any.
    const keyed = (x: (typeof scored)[number]) =>
      x.peer.newFactKey ?? keyOfPeer.get(`${x.peer.articleId}:${x.peer.start}:${x.peer.end}`) ?? null;
    // A figure a fact takes goes to a new fact only when another article's figure fits it clearly better.
    const rival = rivalOf.get(l) ?? null;
    const fits = scored
      .filter(
        (x) =>
          x.score.score >= newFactThreshold &&
          (!(isBareDay(l.figure.text, l.figure.value) && isBareDay(x.peer.figure, x.peer.value)) ||
            bareDaysMeet(x.score)) &&
          sentencesMeet(x.score, x.peer.language !== article.language) &&
          countsMeet(x.score, {
            a: l.figure.value.counted,
            b: x.peer.value.counted,
            crossLanguage: x.peer.language !== article.language,
          }) &&
          (rival === null || beyondScope(x.score) >= rival + rivalMargin),
      )
      .sort((a, b) => b.score.score - a.score.score);
    const best = fits[0];
    if (!best) continue;
    // The best peer; within GROUP_TIE of it, one already in a group (peers that nearly tie are often one new fact).
    const pick = fits.find((x) => x.score.score >= best.score.score - GROUP_TIE && keyed(x) !== null) ?? best;
    const key = keyed(pick) ?? randomUUID();
    // The figure, and every peer that fits it, one an article, not yet in a group: one new fact.
    const members = new Set<string>([article.id]);
    for (const x of [pick, ...fits.filter((f) => f !== pick)]) {
      if (members.has(x.peer.articleId)) continue;
      members.add(x.peer.articleId);
      const own = keyed(x);
      if (own !== null) continue; // in this group already, or in another one: left as it is
      writes.push({
        articleId: x.peer.articleId,
        span: [x.peer.start, x.peer.end],
        sentence: x.sentence,
        text: x.peer.figure,
        value: x.peer.value,
        key,
        score: x.score,
      });
      keyOfPeer.set(`${x.peer.articleId}:${x.peer.start}:${x.peer.end}`, key);
    }
    writes.push({
      articleId: article.id,
      span: l.span,
      sentence: l.sentence,
      text: l.figure.text,
      value: l.figure.value,
      key,
      score: pick.score,
    });
    taken.add(l);
  }
  const added = (await insertNewFactProposals(db, writes)).filter((id) => id === article.id).length;
  lap("new facts: score and write");
  return { added, taken };
}

type NewFactWrite = {
  articleId: string;
  span: [number, number];
  sentence: [number, number];
  text: string;
  value: FigureValue;
  key: string;
  score: Pick<MatchScore, "score" | "reasons">;
};

/**
 * The "new fact" proposals of one article's matching, written in one statement (as insertProposal
 * writes one: never over a claim of the figure's span, never twice); returns the article of each row written.
 */
async function insertNewFactProposals(db: Sql, writes: NewFactWrite[]): Promise<string[]> {
  if (writes.length === 0) return [];
  const rows = await db<{ articleId: string }[]>`
    INSERT INTO claim_proposals (article_id, span_start, span_end, sentence_start, sentence_end, figure, value,
      fact_id, new_fact_key, score, reasons)
    SELECT w.article_id, w.span_start, w.span_end, w.sentence_start, w.sentence_end, w.figure, w.value::jsonb,
      NULL, w.new_fact_key, w.score, w.reasons::jsonb
    FROM unnest(${writes.map((w) => w.articleId)}::uuid[], ${writes.map((w) => w.span[0])}::int[],
      ${writes.map((w) => w.span[1])}::int[], ${writes.map((w) => w.sentence[0])}::int[],
      ${writes.map((w) => w.sentence[1])}::int[], ${writes.map((w) => w.text)}::text[],
      ${writes.map((w) => JSON.stringify(w.value))}::text[], ${writes.map((w) => w.key)}::uuid[],
      ${writes.map((w) => w.score.score)}::float8[], ${writes.map((w) => JSON.stringify(w.score.reasons))}::text[])
      AS w(article_id, span_start, span_end, sentence_start, sentence_end, figure, value, new_fact_key, score, reasons)
    WHERE NOT EXISTS (SELECT 1 FROM claims c WHERE c.article_id = w.article_id AND c.deleted_at IS NULL
      AND c.figure_start < w.span_end AND c.figure_end > w.span_start)
    ON CONFLICT (article_id, span_start, span_end, coalesce(fact_id, '00000000-0000-0000-0000-000000000000'::uuid))
      DO NOTHING
    RETURNING article_id::text AS "articleId"`;
  return rows.map((r) => r.articleId);
}

type SuggestionRow = {
  start: number;
  end: number;
  figure: string;
  value: FigureValue;
  status: string;
  /** Read after the article's last change (a change of language or date would read it otherwise). */
  fresh: boolean;
};

/**
 * The article's figures: those its import already read (suggestions, the
 * extractor's own output, put back in their sentences), else the extractor's.
 * A figure an editor dismissed is left out; when the article changed since
 * they were read (its language, its date) or their spans no longer fit the
 * text, the extractor reads it again.
 */
async function figuresOf(
  db: Sql,
  article: ArticleRow,
  index: ReturnType<typeof createOffsetIndex>,
): Promise<ExtractedFigure[]> {
  const rows = await db<SuggestionRow[]>`
    SELECT s.start, s."end", s.figure, s.value, s.status, s.created_at >= a.updated_at AS fresh
    FROM suggestions s JOIN articles a ON a.id = s.article_id
    WHERE s.article_id = ${article.id}::uuid ORDER BY s.start`;
  if (rows.length > 0 && rows.every((r) => r.fresh)) {
    const spans = splitSentences(article.text);
    const out: ExtractedFigure[] = [];
    let fits = true;
    for (const r of rows) {
      const start = index.toUtf16(r.start);
      const end = index.toUtf16(r.end);
      if (article.text.slice(start, end) !== r.figure) {
        fits = false;
        break;
      }
      if (r.status === "dismissed") continue;
      const [sentenceStart, sentenceEnd] = spans.find(([a, b]) => a <= start && end <= b) ?? [start, end];
      out.push({ start, end, text: r.figure, value: r.value, sentenceStart, sentenceEnd });
    }
    if (fits) return out;
  }
  return extractFigures(article.text, {
    lang: isLocale(article.language) ? article.language : undefined,
    publishedAt: article.publishedAt,
  });
}

type SentenceSpans = {
  /** Whether [start, end) (code points) lies in page furniture. */
  inFurniture: (start: number, end: number) => boolean;
  around: (start: number, end: number) => [number, number];
  text: (start: number, end: number) => string;
};

/** The sentences of a text, to find the one holding [start, end) (code points), read once per text. */
function sentenceSpans(text: string): SentenceSpans {
  const index = createOffsetIndex(text);
  const spans = splitSentences(text);
  const furniture = furnitureRanges(text);
  return {
    inFurniture(start, end) {
      const s16 = index.toUtf16(start);
      const e16 = index.toUtf16(end);
      return furniture.some(([a, b]) => a <= s16 && e16 <= b);
    },
    around(start, end) {
      const s16 = index.toUtf16(start);
      const e16 = index.toUtf16(end);
      const span = spans.find(([a, b]) => a <= s16 && b >= e16) ?? [s16, e16];
      return [index.toCodePoint(span[0]), index.toCodePoint(span[1])];
    },
    text: (start, end) => text.slice(index.toUtf16(start), index.toUtf16(end)),
  };
}
