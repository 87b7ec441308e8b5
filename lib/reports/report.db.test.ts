import { beforeAll, describe, expect, it } from "vitest";
import { deleteItem } from "@/lib/bin/delete-item";
import { db } from "@/lib/db/client";
import { isDiscrepancy } from "@/lib/discrepancies/classify";
import { listFacts } from "@/lib/facts/list-facts";
import { addNote } from "@/lib/notes/add-note";
import { loadSeeds } from "@/lib/seeds/load-seeds";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { buildReport, type FactInput } from "./build-report";
import { loadReportFacts } from "./load-report";
import { renderCsv } from "./render-csv";
import { renderJson } from "./render-json";
import { renderMarkdown } from "./render-markdown";
import type { Report } from "./report";

setUpTestDatabase();

const BASE = "https://recoupe.test";
let author: { id: string; name: string };
let factIds: Map<string, string>;
let claimIds: Map<string, string>;

/** RFC 4180 as csv-stringify writes it: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i++;
    } else field += c;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

function csvRecords(csv: string): Record<string, string>[] {
  expect(csv.startsWith("\ufeff")).toBe(true);
  const [header, ...rows] = parseCsv(csv.slice(1));
  return rows.map((r) => {
    expect(r).toHaveLength(header?.length ?? 0);
    return Object.fromEntries((header ?? []).map((h, i) => [h, r[i] as string]));
  });
}

/** The Markdown section of one fact: from its heading to the next. */
function section(markdown: string, label: string): string {
  const parts = markdown.split(/^## /m).slice(1);
  const found = parts.filter((p) => p.startsWith(`${label}\n`));
  expect(found, label).toHaveLength(1);
  return found[0] as string;
}

const flat = (s: string) => s.replace(/\s*\n\s*/g, " ");

/** Checks that every claim and note of every fact is in all three renderings. */
function expectComplete(report: Report) {
  const markdown = renderMarkdown(report);
  const records = csvRecords(renderCsv(report));
  const json = JSON.parse(renderJson(report)) as Report;
  expect(json.facts.map((f) => f.id)).toEqual(report.facts.map((f) => f.id));

  for (const fact of report.facts) {
    const md = section(markdown, fact.label);
    const rows = records.filter((r) => r.fact_id === fact.id);
    const jsonFact = json.facts.find((f) => f.id === fact.id);
    expect(rows, fact.label).toHaveLength(Math.max(1, fact.claims.length));
    expect(jsonFact?.claims).toHaveLength(fact.claims.length);

    for (const c of fact.claims) {
      const cell = (s: string) => flat(s).replace(/\|/g, "\\|");
      expect(md, c.id).toContain(`| ${cell(c.outlet)} | ${c.publishedAt} | ${cell(c.figure)} | ${cell(c.valueText)} |`);
      expect(md, c.id).toContain(`**${c.outlet}**, «${c.articleTitle}» (${c.publishedAt})`);
      expect(md, c.id).toContain(`> ${c.quote.replace(/\n/g, "\n> ")}`);
      for (const n of c.notes) expect(md, c.id).toContain(flat(n.body));

      const row = rows.find((r) => r.link === c.link);
      expect(row, c.id).toMatchObject({
        outlet: c.outlet,
        article_title: c.articleTitle,
        published_at: c.publishedAt,
        quote: c.quote,
        figure: c.figure,
        value: c.valueText,
        kind: c.value.kind,
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

const report = (facts: FactInput[], scope = "all discrepancies") =>
  buildReport(facts, { baseUrl: BASE, scope, now: new Date("2024-09-01T10:00:00Z") });

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
    const facts = await loadReportFacts({ only: "discrepancies", status: "all" });
    const expected = (await listFacts()).filter((f) => isDiscrepancy(f.verdict)).map((f) => f.id);
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
    const facts = await loadReportFacts({ only: "discrepancies", status: "all" });
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
    const sept = csvRecords(renderCsv(r)).find((row) =>
      row.link?.endsWith(`claim=${claimIds.get("001-sept-2022-deaths")}`),
    );
    expect(sept?.claim_notes).toMatch(
      /^Rita Reporter \(\d{4}-\d{2}-\d{2}\): =SOMME\(A1:A3\) n'est pas une formule ici$/,
    );
  });
});

describe("the report of a chosen set of facts", () => {
  it("holds exactly those facts, agreeing or not, with everything in them", async () => {
    const chosen = ["sochi-summit-date", "war-2020-deaths", "treaty-year"].map((k) => factIds.get(k) as string);
    const facts = await loadReportFacts({ factIds: chosen, only: "discrepancies", status: "all" });
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

    const facts = await loadReportFacts({ factIds: [fact], only: "all", status: "all" });
    const r = report(facts, "1 chosen fact");
    expectComplete(r);
    const outputs = [renderMarkdown(r), renderCsv(r), renderJson(r)];
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
