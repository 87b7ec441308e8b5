import type { ClaimValue } from "@/lib/claims/value";
import { toEpochDay } from "@/lib/figures";
import { classifyFact, type ComparableClaim, type FactVerdict } from "./classify";
import { finalFrom, readEventPeriod, type EventPeriod, type FactTally } from "./event-period";

export type { FactTally, Tally } from "./event-period";

export type ClaimLike = {
  id: string;
  outlet: string;
  value: ClaimValue;
  asOf: string | null;
  publishedAt: string;
  /** Optional: the figure as written (claims.figure), quoted by explanations. */
  figure?: string;
};

/** Counts and durations can grow over time (a toll, a war's length); dates, shares and sums cannot. */
export const GROWING_KINDS: ReadonlySet<string> = new Set(["count", "duration"]);

/**
 * A figure refers to its "as of" date when given, else to its article's day. For
 * a count that grows, that day is when it is compared, unless the counted event
 * was over by then (its toll had settled): then it is a final toll, and all final
 * tolls are compared as given on the same day.
 */
export function toComparable(c: ClaimLike, period: EventPeriod, durationsTimed = true): ComparableClaim {
  const refDay = toEpochDay(c.asOf ?? c.publishedAt);
  const settled = finalFrom(period);
  const final = settled !== null && refDay >= settled;
  const grows = c.value.kind === "duration" ? durationsTimed : GROWING_KINDS.has(c.value.kind);
  const timed = period.mode === "running" && grows;
  return {
    id: c.id,
    outlet: c.outlet,
    ...(c.figure !== undefined ? { figure: c.figure } : {}),
    value: c.value,
    refDay,
    refSource: c.asOf ? "asOf" : "published",
    asOfGiven: c.asOf !== null,
    at: timed ? (final ? (settled as number) : refDay) : null,
    final: timed && final,
  };
}

export type FactVerdictDetails = FactVerdict & { period: EventPeriod; claims: ComparableClaim[] };

/**
 * The verdict of a fact from its claims. `fact` (optional) is what the fact says
 * about time: its label (a period named there bounds the event) and an editor's
 * setting; without it a count is a running total with no known end.
 */
export function factVerdict(claims: ClaimLike[], fact?: FactTally): FactVerdictDetails {
  const earliest = claims.map((c) => c.publishedAt).sort()[0];
  const period = readEventPeriod(fact, earliest);
  // A toll printed on a day is the toll known that day; a length printed on a day
  // is usually the length of something over ("a six-week war"). Lengths are taken
  // at their dates only once an editor has said one of them is "as of" a day.
  const durationsTimed = claims.some((c) => c.value.kind === "duration" && c.asOf !== null);
  const comparable = claims.map((c) => toComparable(c, period, durationsTimed));
  return { ...classifyFact(comparable), period, claims: comparable };
}
