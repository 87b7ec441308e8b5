import { fromEpochDay } from "@/lib/figures";
import type { ReportFact } from "./report";
import type { ReportWriter } from "./report-writer";

// The report as one JSON document, written piece by piece: the header's fields,
// then "facts": [ ... ] one fact at a time, then the number of facts. Keys stay
// English (they are for programs); every label and sentence is in the report's
// language. Dates are ISO strings rather than day numbers.

const indent = (json: string, by: string) => json.replace(/\n/g, `\n${by}`);

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
    facts: (facts) =>
      facts
        .map((f) => `${written++ === 0 ? "" : ","}\n    ${indent(JSON.stringify(jsonFact(f), null, 2), "    ")}`)
        .join(""),
    tail: (count) => `${written > 0 ? "\n  " : ""}],\n  "factCount": ${count}\n}\n`,
  };
}
