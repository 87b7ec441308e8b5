import { beforeAll, describe, expect, it } from "vitest";
import { deleteItem } from "@/lib/bin/delete-item";
import { db } from "@/lib/db/client";
import { isDiscrepancy } from "@/lib/discrepancies/classify";
import { getFact } from "@/lib/facts/get-fact";
import { listFactsPage } from "@/lib/facts/list-facts-page";
import type { ListFilters } from "@/lib/facts/list-filters";
import { addNote } from "@/lib/notes/add-note";
import { loadSeeds } from "@/lib/seeds/load-seeds";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { parse } from "csv-parse/sync";
import { buildReportHeader, reportVerdict, type FactInput } from "./build-report";
import { loadReportFacts, reportBatches, type ReportScope } from "./load-report";
import { csvWriter } from "./render-csv";
import { jsonWriter } from "./render-json";
import { inlineText, textLines } from "./markdown-text";
import { markdownWriter } from "./render-markdown";
import type { Report, ReportFact } from "./report";
import { renderReport } from "./report-writer";
import { streamReport } from "./stream-report";

setUpTestDatabase();

const BASE = "https://recoupe.test";
let author: { id: string; name: string };
let factIds: Map<string, string>;
let claimIds: Map<string, string>;

/** The standard CSV read back with a real parser, as records keyed by its (English) header. */
function csvRecords(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\ufeff")).toBe(true);
  return parse(csv.slice(1), { columns: true }) as Record<string, string>[];
}

/** The Markdown section of one fact: from its heading to the next. */
function section(markdown: string, label: string): string {
  const parts = markdown.split(/^## /m).slice(1);
  const found = parts.filter((p) => p.startsWith(`${inlineText(label)}\n`));
  expect(found, label).toHaveLength(1);
  return found[0] as string;
}

// Markdown holds editors' text escaped (markdown-text.ts): compared as it is written there.
const flat = inlineText;

/** Checks that every claim and note of every fact is in all three renderings. */
function expectComplete(report: Report) {
  const markdown = renderReport(markdownWriter("en"), report);
  const records = csvRecords(renderReport(csvWriter("en"), report));
  const json = JSON.parse(renderReport(jsonWriter(), report)) as Report;
  expect(json.facts.map((f) => f.id)).toEqual(report.facts.map((f) => f.id));

  for (const fact of report.facts) {
    const md = section(markdown, fact.label);
    const rows = records.filter((r) => r.fact_id === fact.id);
    const jsonFact = json.facts.find((f) => f.id === fact.id);
    expect(rows, fact.label).toHaveLength(Math.max(1, fact.claims.length));
    expect(jsonFact?.claims).toHaveLength(fact.claims.length);

    for (const c of fact.claims) {
      const cell = inlineText;
      expect(md, c.id).toContain(`| ${cell(c.outlet)} | ${c.publishedAt} | ${cell(c.figure)} | ${cell(c.valueText)} |`);
      expect(md, c.id).toContain(`**${cell(c.outlet)}**, «${cell(c.articleTitle)}» (${c.publishedAt})`);
      expect(md, c.id).toContain(
        textLines(c.quote)
          .map((l) => `> ${l}`)
          .join("\n"),
      );
      for (const n of c.notes) expect(md, c.id).toContain(flat(n.body));

      const row = rows.find((r) => r.link === c.link);
      expect(row, c.id).toMatchObject({
        outlet: c.outlet,
        article_title: c.articleTitle,
        published_at: c.publishedAt,
        quote: c.quote,
        figure: c.figure,
        value: c.valueText,
        kind: fact.kindLabel,
      });
      for (const n of c.notes) expect(row?.claim_notes).toContain(n.body);

      const j = jsonFact?.claims.find((x) => x.id === c.id);
      expect(j).toMatchObject({
        outlet: c.outlet,
        publishedAt: c.publishedAt,
        quote: c.quote,
        figure: c.figure,
        valueText: c.valueText,
      });
      expect(j?.notes.map((n) => n.body)).toEqual(c.notes.map((n) => n.body));
    }
    for (const n of fact.notes) {
      expect(md, fact.label).toContain(flat(n.body));
      for (const r of rows) expect(r.fact_notes).toContain(n.body);
    }
    expect(jsonFact?.notes.map((n) => n.body)).toEqual(fact.notes.map((n) => n.body));
  }
}

const CONTEXT = { baseUrl: BASE, locale: "en" } as const;
const load = (scope: ReportScope) => loadReportFacts(scope, CONTEXT);
const report = (facts: ReportFact[], scope = "all discrepancies"): Report => ({
  title: "Recoupe discrepancy report",
  generatedAt: "2024-09-01T10:00:00.000Z",
  scope,
  locale: "en",
  facts,
});
const renderAll = (r: Report) => [
  renderReport(markdownWriter("en"), r),
  renderReport(csvWriter("en"), r),
  renderReport(jsonWriter(), r),
];

beforeAll(async () => {
  author = await db().user.create({
    data: { name: "Rita Reporter", email: "rita@report.test", role: "editor" },
    select: { id: true, name: true },
  });
  await loadSeeds(author.id);
  const facts = await db().fact.findMany({ where: { seedKey: { not: null } }, select: { id: true, seedKey: true } });
  factIds = new Map(facts.map((f) => [f.seedKey as string, f.id]));
  const claims = await db().claim.findMany({ where: { seedKey: { not: null } }, select: { id: true, seedKey: true } });
  claimIds = new Map(claims.map((c) => [c.seedKey as string, c.id]));
  const fact = (key: string) => factIds.get(key) as string;
  const claim = (key: string) => claimIds.get(key) as string;
  await addNote(
    {
      body: 'Vérifié avec l\'AFP, "source : ministère"; voir | tableau |',
      factId: fact("war-2020-deaths"),
      claimId: null,
    },
    author.id,
  );
  await addNote(
    { body: "Deux lignes :\nla première,\nla seconde.", factId: null, claimId: claim("000-war-deaths") },
    author.id,
  );
  await addNote(
    { body: "=SOMME(A1:A3) n'est pas une formule ici", factId: null, claimId: claim("001-sept-2022-deaths") },
    author.id,
  );
  await addNote({ body: "Note sur un fait concordant", factId: fact("sochi-summit-date"), claimId: null }, author.id);
});

describe("the report of all discrepancies (the default)", () => {
  it("holds exactly the facts whose claims disagree", async () => {
    const facts = await load({ only: "discrepancies", status: "all" });
    // Each live fact's verdict as its page computes it.
    const live = await db().fact.findMany({ where: { deletedAt: null }, select: { id: true } });
    const expected: string[] = [];
    for (const { id } of live) {
      const f = (await getFact(id)) as NonNullable<Awaited<ReturnType<typeof getFact>>>;
      const input: FactInput = {
        ...f,
        notes: [],
        claims: f.claims.map((c) => ({ ...c, quote: c.quoteExact, articleUrl: null })),
      };
      if (isDiscrepancy(reportVerdict(input))) expected.push(id);
    }
    expect(facts.map((f) => f.id).sort()).toEqual([...expected].sort());
    const ids = facts.map((f) => f.id);
    for (const key of ["war-2020-deaths", "sept-2022-deaths", "truces-count", "first-truce-date", "conflict-age"]) {
      expect(ids, key).toContain(factIds.get(key));
    }
    for (const key of ["sochi-summit-date", "treaty-year", "karabakh-retaken", "minsk-cochairs"]) {
      expect(ids, key).not.toContain(factIds.get(key));
    }
  });

  it("shows every claim with its outlet, date, quote, figure and value, and every note, in Markdown, CSV and JSON", async () => {
    const facts = await load({ only: "discrepancies", status: "all" });
    const claims = facts.reduce((n, f) => n + f.claims.length, 0);
    expect(claims).toBeGreaterThan(10);
    const r = report(facts);
    expectComplete(r);
    const deaths = r.facts.find((f) => f.id === factIds.get("war-2020-deaths"));
    expect(deaths?.claims.map((c) => [c.outlet, c.figure])).toEqual([
      ["RT France", "plus de 800"],
      ["Euronews", "6 500"],
      ["AP (traduction française)", "Plus de 6 700"],
    ]);
    expect(deaths?.notes.map((n) => [n.author, n.body])).toEqual([
      [
        author.name,
        "Euronews (6 500) and AP (more than 6 700) cannot both be right about the final toll. RT's «plus de 800» is a partial toll dated 21 October 2020, three weeks into the war, so it does not contradict either.",
      ],
      [author.name, 'Vérifié avec l\'AFP, "source : ministère"; voir | tableau |'],
    ]);
    // A note starting like a formula is text in the spreadsheet, and whole.
    const sept = csvRecords(renderReport(csvWriter("en"), r)).find((row) =>
      row.link?.endsWith(`claim=${claimIds.get("001-sept-2022-deaths")}`),
    );
    expect(sept?.claim_notes).toMatch(
      /^Rita Reporter \(\d{4}-\d{2}-\d{2}\): =SOMME\(A1:A3\) n'est pas une formule ici$/,
    );
  });
});

describe("the report of a filtered discrepancy list", () => {
  /** Every fact the discrepancy list shows with these filters, on every page. */
  async function listed(filters: ListFilters): Promise<string[]> {
    const ids: string[] = [];
    let page = await listFactsPage("discrepancies", filters);
    ids.push(...page.facts.map((f) => f.id));
    while (page.next) {
      page = await listFactsPage("discrepancies", filters, page.next);
      ids.push(...page.facts.map((f) => f.id));
    }
    return ids.sort();
  }

  it("holds exactly what the list shows, for each filter and for several together", async () => {
    const all = await listed({});
    const [outlet] = await db().outlet.findMany({ orderBy: { name: "asc" }, take: 1, select: { name: true } });
    const cases: ListFilters[] = [
      { verdict: "conflict" },
      { kind: "count" },
      { notes: "with" },
      { notes: "without" },
      { outlet: outlet!.name.toUpperCase() },
      { q: "2020" },
      { kind: "count", notes: "without", status: "open" },
    ];
    for (const { status, ...filters } of cases) {
      const expected = await listed({ ...filters, status });
      const got = await load({ only: "discrepancies", status: status ?? "all", filters });
      expect(got.map((f) => f.id).sort(), JSON.stringify(filters)).toEqual(expected);
    }
    // The filters do keep some discrepancies out, and some in.
    const conflicts = await listed({ verdict: "conflict" });
    expect(conflicts.length).toBeGreaterThan(0);
    expect(conflicts.length).toBeLessThan(all.length);
    expect(
      (await load({ only: "discrepancies", status: "all", filters: { q: "no such words anywhere" } })).length,
    ).toBe(0);
  });

  it("says in its header which filters it followed, in the reader's language", () => {
    const now = new Date("2026-12-04T10:00:00Z");
    const filters = { verdict: "conflict", kind: "count", outlet: "Le Monde", q: "morts", notes: "with" } as const;
    expect(buildReportHeader({ only: "discrepancies", status: "open", filters }, { now, locale: "en" }).scope).toBe(
      "all discrepancies (open); classification: conflict; kind: count; outlet: Le Monde; label words: “morts”; with notes",
    );
    expect(buildReportHeader({ only: "discrepancies", status: "all", filters }, { now, locale: "fr" }).scope).toBe(
      "toutes les divergences ; classement : contradiction ; type : nombre ; média : Le Monde ; mots du libellé : « morts » ; avec notes",
    );
    expect(buildReportHeader({ only: "discrepancies", status: "all", filters: {} }, { now, locale: "en" }).scope).toBe(
      "all discrepancies",
    );
  });
});

describe("the report of a chosen set of facts", () => {
  it("holds exactly those facts, agreeing or not, with everything in them", async () => {
    const chosen = ["sochi-summit-date", "war-2020-deaths", "treaty-year"].map((k) => factIds.get(k) as string);
    const facts = await load({ factIds: chosen, only: "discrepancies", status: "all" });
    expect(facts.map((f) => f.id).sort()).toEqual([...chosen].sort());
    const r = report(facts, "3 chosen facts");
    expectComplete(r);
    expect(r.facts.find((f) => f.id === factIds.get("sochi-summit-date"))?.notes.map((n) => n.body)).toEqual([
      "Note sur un fait concordant",
    ]);
  });
});

describe("deleted claims and notes", () => {
  it("are in no rendering of the report", async () => {
    const fact = factIds.get("first-truce-date") as string;
    const kept = await addNote({ body: "Note gardée sur la trêve", factId: fact, claimId: null }, author.id);
    const gone = await addNote({ body: "Note supprimée sur la trêve", factId: fact, claimId: null }, author.id);
    const claimNote = await addNote(
      {
        body: "Note supprimée avec son affirmation",
        factId: null,
        claimId: claimIds.get("003-first-truce-9-oct") as string,
      },
      author.id,
    );
    await deleteItem({ type: "note", id: gone.id }, author.id);
    await deleteItem({ type: "claim", id: claimIds.get("003-first-truce-9-oct") as string }, author.id);

    const facts = await load({ factIds: [fact], only: "all", status: "all" });
    const r = report(facts, "1 chosen fact");
    expectComplete(r);
    const outputs = renderAll(r);
    for (const out of outputs) {
      expect(out).toContain("Note gardée sur la trêve");
      expect(out).toContain("les 10, 17 et 26 octobre");
      expect(out).not.toContain("Note supprimée");
      expect(out).not.toContain("Leur dernière entrevue, le 9 octobre");
      expect(out).not.toContain(claimIds.get("003-first-truce-9-oct"));
    }
    expect(r.facts[0]?.claims.map((c) => c.figure)).toEqual(["10"]);
    expect(kept.id).not.toBe(claimNote.id);
  });
});

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ text: string; chunks: number }> {
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true }); // keep the BOM: it is part of the file
  let text = "";
  let chunks = 0;
  for await (const chunk of stream) {
    text += decoder.decode(chunk, { stream: true });
    chunks++;
  }
  return { text: text + decoder.decode(), chunks };
}

describe("reading in batches", () => {
  it("goes through every live fact once, by label, whatever the batch size", async () => {
    const scope = { only: "all", status: "all" } as const;
    const live = await db().fact.findMany({ where: { deletedAt: null }, select: { id: true } });
    const batches: string[][] = [];
    for await (const batch of reportBatches(scope, CONTEXT, 3)) batches.push(batch.map((f) => f.id));
    expect(batches.length).toBeGreaterThan(2);
    expect(batches.every((b) => b.length <= 3)).toBe(true);
    const ids = batches.flat();
    expect([...ids].sort()).toEqual(live.map((f) => f.id).sort());
    expect(ids).toEqual((await load(scope)).map((f) => f.id));
  });

  it("takes a chosen set of thousands of facts as one parameter", async () => {
    const chosen = [
      factIds.get("war-2020-deaths") as string,
      ...Array.from({ length: 4_999 }, () => crypto.randomUUID()),
    ];
    const facts = await load({ factIds: chosen, only: "discrepancies", status: "all" });
    expect(facts.map((f) => f.id)).toEqual([factIds.get("war-2020-deaths")]);
  });
});

describe("the streamed report", () => {
  it("is, in every format, the report written whole, sent in several pieces", async () => {
    const scope = { only: "all", status: "all" } as const;
    const whole = report(await load(scope), "all facts");
    const header = { title: whole.title, generatedAt: whole.generatedAt, scope: "all facts", locale: "en" } as const;
    for (const [name, writer] of [
      ["md", markdownWriter],
      ["csv", csvWriter],
      ["json", jsonWriter],
    ] as const) {
      const { text, chunks } = await readAll(
        await streamReport(reportBatches(scope, CONTEXT, 4), writer("en"), header),
      );
      expect(chunks, name).toBeGreaterThan(3);
      expect(text, name).toBe(renderReport(writer("en"), whole));
    }
  });

  it("speaks French when asked: headers, verdicts, values", async () => {
    const scope: ReportScope = { factIds: [factIds.get("war-2020-deaths") as string], only: "all", status: "all" };
    const context = { baseUrl: BASE, locale: "fr" } as const;
    const header = { title: "t", generatedAt: "2024-09-01T10:00:00.000Z", scope: "s", locale: "fr" } as const;
    const csv = (await readAll(await streamReport(reportBatches(scope, context), csvWriter("fr", "excel-fr"), header)))
      .text;
    const rows = parse(csv.slice(1), { delimiter: ";", columns: true }) as Record<string, string>[];
    expect(rows.map((r) => [r["Média"], r["Chiffre"], r["Verdict"]])).toEqual([
      ["RT France", "plus de 800", "Contradiction"],
      ["Euronews", "6 500", "Contradiction"],
      ["AP (traduction française)", "Plus de 6 700", "Contradiction"],
    ]);
    expect(rows[1]?.["Date de publication"]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(rows[1]?.["Valeur"]).toMatch(/6\u202f?\s?500/);
  });

  it("stops reading the database when the download is cancelled", async () => {
    let pages = 0;
    async function* counted() {
      for await (const b of reportBatches({ only: "all", status: "all" }, CONTEXT, 1)) {
        pages++;
        yield b;
      }
    }
    const header = { title: "t", generatedAt: "2024-09-01T10:00:00.000Z", scope: "s", locale: "en" } as const;
    const reader = (await streamReport(counted(), jsonWriter(), header)).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    const live = await db().fact.count({ where: { deletedAt: null } });
    expect(pages).toBeLessThan(live);
  });
});
