import { extractFigures, toEpochDay } from "@/lib/figures";

// Whether a fact's count is a running total, and until when. A toll grows while
// the event it counts goes on (and for a few weeks after, while the missing are
// found and the dead identified); once that is over, every later report gives
// the final toll, and final tolls must agree whatever the year they were printed.

/** How an editor set the fact up: null lets Recoupe decide from the label. */
export type Tally = "running" | "fixed" | null;

export type FactTally = {
  label?: string | null;
  tally?: Tally;
  /** The day the counted event ended (ISO), as an editor gave it. */
  eventEnd?: string | null;
};

export type EventPeriod =
  /** Every figure is compared with every other as if given on the same day. */
  | { mode: "fixed"; source: "setting" }
  /** A running total: `end` is the last day of the event when known (days since 1970). */
  | { mode: "running"; end: number | null; source: "setting" | "label" | "none" };

/** Days after the event's end during which a toll may still be revised upwards. */
export const SETTLING_DAYS = 30;

/**
 * The period named in the fact's label ("People killed in the 2020 war": 2020;
 * "… in the September 2022 fighting": September 2022), read as a figure. Its
 * last day is the latest the event can have ended.
 */
function labelEnd(label: string, publishedAt: string | undefined): number | null {
  const dates = extractFigures(label, { publishedAt }).filter(
    (f) => (f.value.kind === "date" || f.value.kind === "date_range") && f.value.upper !== null,
  );
  if (dates.length === 0) return null;
  return Math.max(...dates.map((f) => f.value.upper as number));
}

export function readEventPeriod(fact: FactTally | undefined, earliestPublished?: string): EventPeriod {
  if (fact?.tally === "fixed") return { mode: "fixed", source: "setting" };
  if (fact?.eventEnd) return { mode: "running", end: toEpochDay(fact.eventEnd), source: "setting" };
  if (fact?.tally === "running") return { mode: "running", end: null, source: "setting" };
  const end = fact?.label ? labelEnd(fact.label, earliestPublished) : null;
  return end === null ? { mode: "running", end: null, source: "none" } : { mode: "running", end, source: "label" };
}

/** The first day on which a report of the count is a final toll, if the event is known to be over. */
export function finalFrom(period: EventPeriod): number | null {
  return period.mode === "running" && period.end !== null ? period.end + SETTLING_DAYS + 1 : null;
}
