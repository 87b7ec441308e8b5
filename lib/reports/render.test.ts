import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { buildReport, type FactInput } from "./build-report";
import { neutraliseFormula, renderCsv } from "./render-csv";
import { renderJson } from "./render-json";
import { md, renderMarkdown } from "./render-markdown";

const value = (lower: number | null, upper: number | null, extra: Partial<ClaimValue> = {}): ClaimValue => ({
  kind: "count",
  lower,
  upper,
  lowerInclusive: lower !== null,
  upperInclusive: upper !== null,
  approximate: false,
  qualifier: null,
  unit: null,
  counted: "personnes",
  countedKey: "people",
  ...extra,
});

const facts: FactInput[] = [
  {
    id: "f1",
    label: "People killed in the 2020 war",
    kind: "count",
    status: "open",
    resolutionNote: null,
    notes: [{ author: "Camille", createdAt: "2026-11-20T10:00:00.000Z", body: "Ask AP for its source." }],
    claims: [
      {
        id: "c1",
        articleId: "a1",
        outlet: "Euronews",
        articleTitle: "Sommet de Sotchi",
        articleUrl: null,
        publishedAt: "2022-10-31",
        quote: "après la mort de 6 500 personnes des deux côtés",
        figure: "6 500",
        value: value(6500, 6500),
        attributedTo: null,
        asOf: null,
        notes: [],
      },
      {
        id: "c2",
        articleId: "a2",
        outlet: "AP | traduction",
        articleTitle: "Poutine reçoit",
        articleUrl: "https://example.org/ap",
        publishedAt: "2022-10-31",
        quote: '=HYPERLINK("http://evil") Plus de 6 700 personnes sont mortes',
        figure: "Plus de 6 700",
        value: value(6700, null, { lowerInclusive: false, qualifier: "plus de" }),
        attributedTo: "-Ministère",
        asOf: null,
        notes: [{ author: "Lou", createdAt: "2026-11-21T09:00:00.000Z", body: "-1 point\nsecond line" }],
      },
    ],
  },
];

const report = buildReport(facts, {
  baseUrl: "https://recoupe.example/",
  scope: "all discrepancies",
  now: new Date("2026-11-21T12:00:00Z"),
});

describe("the discrepancy report", () => {
  it("classifies and explains each fact", () => {
    expect(report.facts[0]?.classification).toBe("conflict");
    expect(report.facts[0]?.explanation).toMatch(/cannot both be true/);
    expect(report.facts[0]?.claims[1]?.link).toBe("https://recoupe.example/articles/a2?claim=c2");
  });

  it("renders Markdown with every claim, quote and note, escaping table pipes", () => {
    const md = renderMarkdown(report);
    expect(md).toContain("## People killed in the 2020 war");
    expect(md).toContain("| Euronews | 2022-10-31 | 6 500 |");
    expect(md).toContain("AP \\| traduction");
    expect(md).toContain("> après la mort de 6 500 personnes des deux côtés");
    expect(md).toContain("- Camille, 2026-11-20: Ask AP for its source.");
    expect(md).toContain("- Lou, 2026-11-21: -1 point second line");
  });

  it("renders CSV for a spreadsheet: BOM, CRLF, one row per claim, formulas neutralised", () => {
    const csv = renderCsv(report);
    expect(csv.startsWith("\ufefffact_id,fact,")).toBe(true);
    const lines = csv.slice(1).split("\r\n").filter(Boolean);
    expect(lines[0]?.split(",")).toContain("claim_notes");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"") Plus de 6 700 personnes sont mortes"`);
    expect(csv).toContain(",'-Ministère,");
    expect(csv).toContain(",6500,true,6500,true,");
  });

  it("neutralises every dangerous leading character, also after spaces", () => {
    for (const bad of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1+1"])
      expect(neutraliseFormula(bad).startsWith("'")).toBe(true);
    for (const ok of ["6 500", "plus de 200", "a-b", "2022-10-31"]) expect(neutraliseFormula(ok)).toBe(ok);
  });

  it("renders JSON with dates as ISO strings", () => {
    const dated = buildReport(
      [
        {
          ...facts[0]!,
          claims: [{ ...facts[0]!.claims[0]!, value: value(19296, 19296, { kind: "date", countedKey: null }) }],
        },
      ],
      { baseUrl: "http://x", scope: "s", now: new Date(0) },
    );
    const json = JSON.parse(renderJson(dated)) as { facts: { claims: { value: { lower: string } }[] }[] };
    expect(json.facts[0]?.claims[0]?.value.lower).toBe("2022-10-31");
  });
});

describe("Markdown free text", () => {
  it("escapes what could become HTML, and nothing else", () => {
    expect(md('<img src=x onerror="alert(1)"> & &amp; 3 < 5 & 6')).toBe(
      '\\<img src=x onerror="alert(1)"> & \\&amp; 3 < 5 & 6',
    );
  });
});
