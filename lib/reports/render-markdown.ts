import type { Report, ReportNote } from "./report";

// Markdown meant to be pasted into a story draft or a ticket: headings per
// fact, a table of what each outlet says, quotes as block quotes, notes listed.

/**
 * Free text as Markdown that reads the same everywhere: a "<" that could open
 * an HTML tag and a "&" that could start an entity are escaped, since many
 * Markdown renderers pass raw HTML through (an imported quote must not become
 * markup in someone's CMS).
 */
export function md(text: string): string {
  return text.replace(/<(?=[A-Za-z/!?])/g, "\\<").replace(/&(?=[A-Za-z#])/g, "\\&");
}
const cell = (s: string) =>
  md(s)
    .replace(/\|/g, "\\|")
    .replace(/\s*\n\s*/g, " ");
const day = (iso: string) => iso.slice(0, 10);

function notes(list: ReportNote[], indent = ""): string[] {
  return list.map((n) => `${indent}- ${md(n.author)}, ${day(n.createdAt)}: ${md(n.body).replace(/\s*\n\s*/g, " ")}`);
}

export function renderMarkdown(report: Report): string {
  const lines: string[] = [
    `# ${report.title}`,
    "",
    `Generated ${report.generatedAt.slice(0, 16).replace("T", " ")} UTC · ${report.scope} · ${report.facts.length} fact${report.facts.length === 1 ? "" : "s"}`,
    "",
  ];
  for (const fact of report.facts) {
    lines.push(`## ${md(fact.label)}`, "");
    lines.push(`**${fact.classificationLabel}** · status: ${fact.status} · [open in Recoupe](${fact.link})`, "");
    lines.push(md(fact.explanation), "");
    if (fact.resolutionNote) lines.push(`Resolution: ${md(fact.resolutionNote)}`, "");
    if (fact.claims.length > 0) {
      lines.push("| Outlet | Date | Figure | Value | Attributed to |", "|---|---|---|---|---|");
      for (const c of fact.claims) {
        lines.push(
          `| ${cell(c.outlet)} | ${day(c.publishedAt)} | ${cell(c.figure)} | ${cell(c.valueText)} | ${cell(c.attributedTo ?? "")} |`,
        );
      }
      lines.push("");
      for (const c of fact.claims) {
        lines.push(
          `**${md(c.outlet)}**, «${md(c.articleTitle)}» (${day(c.publishedAt)})${c.asOf ? `, as of ${c.asOf}` : ""}:`,
          "",
        );
        lines.push(`> ${md(c.quote).replace(/\n/g, "\n> ")}`, "");
        if (c.notes.length > 0) lines.push("Notes on this claim:", ...notes(c.notes), "");
      }
    }
    if (fact.notes.length > 0) lines.push("Notes on the fact:", ...notes(fact.notes), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
