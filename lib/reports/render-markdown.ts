import type { UiLocale } from "@/lib/i18n/locales";
import { reportMessage, reportsTranslator } from "./report-messages";
import type { ReportFact, ReportNote } from "./report";
import type { ReportWriter } from "./report-writer";
import { inlineText, textLines } from "./markdown-text";

// Markdown meant to be pasted into a story draft or a ticket: headings per
// fact, a table of what each outlet says, quotes as block quotes, notes listed.

// Every text an editor or an article wrote (labels, quotes, notes, outlet and
// article names) goes out through markdown-text.ts: it renders as itself, so
// the only links are the ones written here (the fact's page in Recoupe).
const md = inlineText;
const cell = inlineText;
const day = (iso: string) => iso.slice(0, 10);

export function markdownWriter(locale: UiLocale): ReportWriter {
  const t = reportsTranslator(locale);
  const say = (key: string) => reportMessage(locale, `markdown.${key}`);
  const [note, factLine, resolution, claim, asOf] = [
    say("note"),
    say("factLine"),
    say("resolution"),
    say("claim"),
    say("asOf"),
  ];
  const columns = (["outlet", "date", "figure", "value", "attributedTo"] as const).map((k) => t(`markdown.${k}`));
  const tableHead = `| ${columns.join(" | ")} |`;
  const notes = (list: ReportNote[]) =>
    list.map((n) => `- ${note({ author: md(n.author), date: day(n.createdAt), body: md(n.body) })}`);

  function fact(f: ReportFact): string[] {
    const lines = [`## ${md(f.label)}`, ""];
    lines.push(factLine({ classification: f.classificationLabel, status: f.statusLabel, link: f.link }), "");
    lines.push(...textLines(f.explanation), "");
    if (f.resolutionNote) lines.push(resolution({ note: md(f.resolutionNote) }), "");
    if (f.claims.length > 0) {
      lines.push(tableHead, "|---|---|---|---|---|");
      for (const c of f.claims) {
        lines.push(
          `| ${cell(c.outlet)} | ${day(c.publishedAt)} | ${cell(c.figure)} | ${cell(c.valueText)} | ${cell(c.attributedTo ?? "")} |`,
        );
      }
      lines.push("");
      for (const c of f.claims) {
        const when = c.asOf ? asOf({ date: c.asOf }) : "";
        // The colon is the catalog's: French sets it apart with a space.
        lines.push(
          claim({ outlet: md(c.outlet), title: md(c.articleTitle), date: day(c.publishedAt), asOf: when }),
          "",
        );
        lines.push(...textLines(c.quote).map((l) => `> ${l}`), "");
        if (c.notes.length > 0) lines.push(t("markdown.claimNotes"), ...notes(c.notes), "");
      }
    }
    if (f.notes.length > 0) lines.push(t("markdown.factNotes"), ...notes(f.notes), "");
    return lines;
  }

  return {
    head: (h) =>
      `# ${md(h.title)}\n\n${t("markdown.generated", { date: h.generatedAt.slice(0, 16).replace("T", " "), scope: h.scope })}\n\n`,
    facts: (facts) =>
      facts
        .flatMap(fact)
        .map((l) => `${l}\n`)
        .join(""),
    tail: (count) => `---\n\n${t("markdown.factCount", { count })}\n`,
  };
}
