import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ClaimValue } from "@/lib/claims/value";
import { CATALOGS } from "@/lib/i18n/catalogs";
import type { UiLocale } from "@/lib/i18n/locales";
import { buildReport, type FactInput } from "./build-report";
import { CSV_COLUMNS, csvWriter, neutraliseFormula, type CsvDialect } from "./render-csv";
import { jsonWriter } from "./render-json";
import { marked } from "marked";
import { markdownWriter } from "./render-markdown";
import type { Report } from "./report";
import { renderReport } from "./report-writer";
import { reportFile, reportFormatChoices } from "./formats";

const value = (lower: number | null, upper: number | null, extra: Partial<ClaimValue> = {}): ClaimValue => ({
  kind: "count",
  lower,
  upper,
  lowerInclusive: lower !== null,
  upperInclusive: upper !== null,
  approximate: false,
  granularity: null,
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
  {
    id: "f2",
    label: "Share of the vote",
    kind: "percentage",
    status: "resolved",
    resolutionNote: null,
    notes: [],
    claims: [
      {
        id: "c3",
        articleId: "a3",
        outlet: "Le Monde",
        articleTitle: "Élection",
        articleUrl: null,
        publishedAt: "2024-07-07",
        quote: "-2,5 % de voix",
        figure: "-2,5 %",
        value: value(-2.5, -2.5, { kind: "percentage", unit: "%", counted: null, countedKey: null }),
        attributedTo: null,
        asOf: "2024-07-01",
        notes: [],
      },
    ],
  },
];

const reportIn = (locale: UiLocale): Report =>
  buildReport(facts, {
    baseUrl: "https://recoupe.example/",
    scope: "all discrepancies",
    now: new Date("2026-11-21T12:00:00Z"),
    locale,
  });
const report = reportIn("en");

/** A CSV export read back with a real parser, each row keyed by column (CSV_COLUMNS). */
function readCsv(csv: string, locale: UiLocale, dialect: CsvDialect) {
  expect(csv.startsWith("\ufeff")).toBe(true);
  const rows = parse(csv.slice(1), { delimiter: dialect === "excel-fr" ? ";" : "," }) as string[][];
  const [header, ...body] = rows;
  const names = CATALOGS[locale].reports.csv.columns;
  expect(header).toEqual(CSV_COLUMNS.map((k) => names[k]));
  return body.map((r) => Object.fromEntries(CSV_COLUMNS.map((k, i) => [k, r[i]])) as Record<string, string>);
}

describe("the discrepancy report", () => {
  it("classifies and explains each fact", () => {
    expect(report.facts[0]?.classification).toBe("conflict");
    expect(report.facts[0]?.explanation).toMatch(/cannot both be true/);
    expect(report.facts[0]?.claims[1]?.link).toBe("https://recoupe.example/articles/a2?claim=c2");
  });

  it("renders Markdown with every claim, quote and note, escaping table pipes", () => {
    const text = renderReport(markdownWriter("en"), report);
    expect(text).toMatch(/^# Recoupe discrepancy report\n\nGenerated 2026-11-21 12:00 UTC · all discrepancies\n/);
    expect(text).toContain("## People killed in the 2020 war");
    expect(text).toContain("| Outlet | Date | Figure | Value | Attributed to |");
    expect(text).toContain("| Euronews | 2022-10-31 | 6 500 |");
    expect(text).toContain("AP \\| traduction");
    expect(text).toContain("> après la mort de 6 500 personnes des deux côtés");
    expect(text).toContain("- Camille, 2026-11-20: Ask AP for its source.");
    expect(text).toContain("- Lou, 2026-11-21: -1 point second line");
    expect(text).toMatch(/^\*\*Euronews\*\*, «.+» \(2022-10-31\):$/m);
    expect(text).toContain("**Conflict** · status: open");
    expect(text.trimEnd().endsWith("2 facts in this report.")).toBe(true);
  });

  it("renders Markdown in French: headings, verdicts, values, statuses", () => {
    const text = renderReport(markdownWriter("fr"), reportIn("fr"));
    expect(text).toMatch(/^# Rapport de divergences Recoupe\n\nProduit le 2026-11-21 12:00 UTC/);
    expect(text).toContain("| Média | Date | Chiffre | Valeur | Attribué à |");
    expect(text).toContain("**Contradiction** · statut : ouvert · [ouvrir dans Recoupe]");
    expect(text).toContain("statut : résolu");
    expect(text).toContain("Notes sur le fait :");
    expect(text).toContain(", au 2024-07-01 :");
    expect(text).toMatch(/^\*\*Euronews\*\*, « .+ » \(2022-10-31\) :$/m);
    expect(text).not.toMatch(/\S:$/m);
    expect(text).toContain("2 faits dans ce rapport.");
    expect(text).not.toMatch(/\bstatus:|Outlet|Conflict/);
  });

  it("renders standard CSV for a spreadsheet: BOM, CRLF, commas, one row per claim, formulas neutralised", () => {
    const csv = renderReport(csvWriter("en"), report);
    expect(csv.startsWith("\ufefffact_id,fact,")).toBe(true);
    expect(csv.slice(1).split("\r\n").filter(Boolean)[0]?.split(",")).toContain("claim_notes");
    expect(csv).toContain(`"'=HYPERLINK(""http://evil"") Plus de 6 700 personnes sont mortes"`);
    expect(csv).toContain(",'-Ministère,");
    expect(csv).toContain(",6500,true,6500,true,");
    const rows = readCsv(csv, "en", "standard");
    expect(rows).toHaveLength(3);
    expect(rows[1]).toMatchObject({ quote: `'=HYPERLINK("http://evil") Plus de 6 700 personnes sont mortes` });
    expect(rows[1]?.claimNotes).toBe("Lou (2026-11-21): -1 point\nsecond line");
    expect(rows[2]).toMatchObject({ lower: "-2.5", upper: "-2.5", publishedAt: "2024-07-07", asOf: "2024-07-01" });
    expect(rows[2]).toMatchObject({ factStatus: "resolved", kind: "percentage", lowerInclusive: "true" });
  });

  it("renders CSV for Excel in French: semicolons, decimal commas, dd/mm/yyyy, French headers and words", () => {
    const csv = renderReport(csvWriter("fr", "excel-fr"), reportIn("fr"));
    expect(csv.startsWith("\ufeffIdentifiant du fait;Fait;Statut du fait;Verdict;")).toBe(true);
    expect(csv).toContain(";-2,5;VRAI;-2,5;VRAI;");
    const rows = readCsv(csv, "fr", "excel-fr");
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({
      fact: "People killed in the 2020 war",
      factStatus: "ouvert",
      classification: "Contradiction",
      publishedAt: "31/10/2022",
      kind: "nombre",
      lower: "6500",
      approximate: "FAUX",
    });
    expect(rows[0]?.factNotes).toBe("Camille (20/11/2026) : Ask AP for its source.");
    expect(rows[1]?.quote?.startsWith("'=HYPERLINK")).toBe(true);
    expect(rows[1]?.attributedTo).toBe("'-Ministère");
    // A negative number is a number, not a formula to neutralise.
    expect(rows[2]).toMatchObject({ lower: "-2,5", upper: "-2,5", asOf: "01/07/2024", factStatus: "résolu" });
    expect(rows[2]?.figure).toBe("'-2,5 %");
  });

  it("writes dates of date claims as days in both dialects", () => {
    const dated = buildReport(
      [
        {
          ...facts[0]!,
          claims: [{ ...facts[0]!.claims[0]!, value: value(19296, 19296, { kind: "date", countedKey: null }) }],
        },
      ],
      { baseUrl: "http://x", scope: "s", now: new Date(0) },
    );
    expect(readCsv(renderReport(csvWriter("en"), dated), "en", "standard")[0]?.lower).toBe("2022-10-31");
    expect(readCsv(renderReport(csvWriter("en", "excel-fr"), dated), "en", "excel-fr")[0]?.lower).toBe("31/10/2022");
  });

  it("neutralises every dangerous leading character, also after spaces", () => {
    for (const bad of ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1+1"])
      expect(neutraliseFormula(bad).startsWith("'")).toBe(true);
    for (const ok of ["6 500", "plus de 200", "a-b", "2022-10-31"]) expect(neutraliseFormula(ok)).toBe(ok);
  });

  it("renders JSON, written piece by piece, as one valid document with dates as ISO strings", () => {
    const dated = buildReport(
      [
        {
          ...facts[0]!,
          claims: [{ ...facts[0]!.claims[0]!, value: value(19296, 19296, { kind: "date", countedKey: null }) }],
        },
      ],
      { baseUrl: "http://x", scope: "s", now: new Date(0), locale: "fr" },
    );
    const json = JSON.parse(renderReport(jsonWriter(), dated)) as Report & {
      factCount: number;
      facts: { classificationLabel: string; claims: { value: { lower: string } }[] }[];
    };
    expect(json.facts[0]?.claims[0]?.value.lower).toBe("2022-10-31");
    expect(json).toMatchObject({ title: "Rapport de divergences Recoupe", locale: "fr", factCount: 1 });
    const writer = jsonWriter();
    const pieces = [writer.head(report), writer.facts([]), writer.facts(report.facts.slice(0, 1))];
    pieces.push(writer.facts(report.facts.slice(1)), writer.tail(2));
    const whole = JSON.parse(pieces.join("")) as { facts: { id: string }[]; factCount: number };
    expect(whole.facts.map((f) => f.id)).toEqual(["f1", "f2"]);
    const empty = jsonWriter();
    expect(JSON.parse(empty.head(report) + empty.tail(0))).toMatchObject({ facts: [], factCount: 0 });
  });
});

describe("the formats offered", () => {
  it("are named from the catalogs, with their files", () => {
    expect(reportFormatChoices("fr").find((c) => c.format === "csv-fr")?.label).toBe("CSV (Excel, français)");
    expect(reportFormatChoices("en").map((c) => c.format)).toEqual(["md", "csv", "csv-fr", "json"]);
    expect(reportFile("csv-fr", "2026-12-03").filename).toBe("recoupe-discrepancies-2026-12-03-excel-fr.csv");
  });
});

describe("Markdown free text", () => {
  it("cannot add links, images, headings or markup to the report: only Recoupe's own link is a link", () => {
    const payload =
      "[x](javascript:alert(1)) ![b](https://t.example/p.png) <img src=x onerror=alert(1)> https://evil.example";
    const hostile: FactInput = {
      ...facts[0]!,
      id: "f9",
      label: `Tués\n# Faux titre ${payload}`,
      resolutionNote: `Résolu ${payload}`,
      notes: [{ author: `Eve ${payload}`, createdAt: "2026-11-20T10:00:00.000Z", body: `note\n## titre ${payload}` }],
      claims: [
        {
          ...facts[0]!.claims[0]!,
          outlet: `Outlet ${payload}`,
          articleTitle: `Title ${payload}`,
          quote: `Quote ${payload}\n# heading in a quote\n- a list`,
          attributedTo: payload,
        },
      ],
    };
    const built = buildReport([hostile], {
      baseUrl: "https://recoupe.example/",
      scope: "s",
      now: new Date(0),
      locale: "en",
    });
    const html = marked.parse(renderReport(markdownWriter("en"), built), { gfm: true, async: false });
    expect(html).not.toMatch(/<img|<script|href="javascript:|href="https:\/\/(t|evil)\.example/);
    expect([...html.matchAll(/<a href="([^"]*)"/g)].map((m) => m[1])).toEqual(["https://recoupe.example/facts/f9"]);
    expect([...html.matchAll(/<h(\d)>/g)].map((m) => m[1])).toEqual(["1", "2"]);
    expect(html).not.toMatch(/<li>a list/);
    // The text itself is all there, as written.
    expect(html).toContain("[x](javascript:alert(1))");
    expect(html).toContain("Tués # Faux titre");
  });
});
