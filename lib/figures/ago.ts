// A date counted back from the publication day by a duration: "il y a trois jours",
// "two weeks ago", "vor drei Tagen". The duration is read as durations are (its bounds,
// its rounding), then turned into the days it points back to: "two weeks ago" in an
// article of 4 October is 20 September, give or take half a week, as "two weeks" is
// 14 days give or take half a week. Without the words around it, the same "three days"
// stays a duration.
import { getYearBounds, splitEpochDay } from "./calendar";
import { getToken, readWord, type Env, type Match } from "./env";
import { matchTrie } from "./phrases";
import { matchQuantity } from "./quantity";
import type { FigureValue } from "./types";

function countBack(env: Env, d: FigureValue): FigureValue | null {
  // "il y a plus de deux ans" has no end on one side: it stays a duration.
  if (d.kind !== "duration" || d.lower === null || d.upper === null) return null;
  // A round duration points back to a span as wide as its rounding: "two weeks ago" is
  // 14 days back give or take half a week.
  const half = d.granularity ? d.granularity / 2 : 0;
  let first = env.pub - Math.floor(d.upper + half);
  let last = env.pub - Math.ceil(d.lower - half);
  if (first > last) first = last = env.pub - Math.round((d.lower + d.upper) / 2);
  const value: FigureValue = {
    kind: "date",
    lower: first,
    lowerInclusive: true,
    upper: last,
    upperInclusive: true,
    approximate: d.approximate || half > 0,
    qualifier: d.qualifier,
    unit: null,
    counted: null,
    countedKey: null,
  };
  // One day is a day; a span of days reads as what it covers; a span of years, in whole years.
  if (first === last) value.precision = "day";
  else if (last - first >= 730) {
    value.lower = getYearBounds(splitEpochDay(first).year)[0];
    value.upper = getYearBounds(splitEpochDay(last).year)[1];
  }
  return value;
}

export function matchAgo(env: Env, i: number): Match | null {
  const before = matchTrie(env.lex.agoBefore, env.tokens, i, env.limit);
  if (before) {
    const d = matchQuantity(env, before.end);
    if (!d || d.start !== before.end || d.values.length !== 1) return null;
    if (readWord(env, env.lex.agoUnlessFollowedBy, d.end) > 0) return null;
    const value = countBack(env, d.values[0]!);
    return value ? { start: i, end: d.end, values: [value] } : null;
  }
  const d = matchQuantity(env, i);
  if (!d || d.values.length !== 1 || !getToken(env, d.end)) return null;
  const after = matchTrie(env.lex.agoAfter, env.tokens, d.end, env.limit);
  const value = after ? countBack(env, d.values[0]!) : null;
  return after && value ? { start: d.start, end: after.end, values: [value] } : null;
}
