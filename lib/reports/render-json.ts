import { fromEpochDay } from "@/lib/figures";
import type { ReportFact } from "./report";
import type { ReportWriter } from "./report-writer";

// The report as one JSON document, written piece by piece: the header's fields,
// then "facts": [ ... ] one fact at a time, then the number of facts. Keys stay
// English (they are for programs); every label and sentence is in the report's
// language. Dates are ISO strings rather than day numbers.

// Facts sit two levels deep in the document ({ "facts": [ here ] }): written as
// the one element of an array in an array, JSON.stringify indents them just so
// ("[\n  [\n    " before, "\n  ]\n]" after), with ",\n    " between two facts,
// without a second pass over the text to indent it.
const NESTED_HEAD = "[\n  [\n    ".length;
const NESTED_TAIL = "\n  ]\n]".length;

function jsonFact(f: ReportFact) {
  return {
    ...f,
    claims: f.claims.map((c) => {
      const dated = c.value.kind === "date" || c.value.kind === "date_range";
      const iso = (n: number | null) => (n === null ? null : dated ? fromEpochDay(n) : n);
      return { ...c, value: { ...c.value, lower: iso(c.value.lower), upper: iso(c.value.upper) } };
    }),
  };
}

export function jsonWriter(): ReportWriter {
  let written = 0;
  return {
    head: (h) => `${JSON.stringify(h, null, 2).replace(/\n}$/, "")},\n  "facts": [`,
    facts: (facts) => {
      if (facts.length === 0) return "";
      const nested = JSON.stringify([facts.map(jsonFact)], null, 2);
      const text = `${written === 0 ? "" : ","}\n    ${nested.slice(NESTED_HEAD, nested.length - NESTED_TAIL)}`;
      written += facts.length;
      return text;
    },
    tail: (count) => `${written > 0 ? "\n  " : ""}],\n  "factCount": ${count}\n}\n`,
  };
}
