import { JSDOM } from "jsdom";
import { fromEpochDay } from "@/lib/figures";
import { extractFigures } from "@/lib/figures";

// What a file says about itself, for a bulk import where no one fills a form
// per file: the outlet, publication date, language and (for text) title. HTML
// pages declare them in their head (Open Graph, schema.org JSON-LD, <html
// lang>); text files may open with a title line and a dated byline. Every
// value still goes through the import form's own rules afterwards.

export type GuessedMetadata = { title?: string; outlet?: string; publishedAt?: string; language?: "fr" | "en" };

const HEAD_LIMIT = 300_000;

export function guessMetadata(content: string, format: "text" | "markdown" | "html"): GuessedMetadata {
  return format === "html" ? guessFromHtml(content) : guessFromText(content, format);
}

function guessFromHtml(html: string): GuessedMetadata {
  const end = html.search(/<\/head\s*>/i);
  const head = end === -1 ? html.slice(0, HEAD_LIMIT) : html.slice(0, Math.min(end + 7, HEAD_LIMIT));
  const doc = new JSDOM(head).window.document; // no scripts run, nothing is fetched
  const meta = (...names: string[]) => {
    for (const name of names) {
      const content = doc
        .querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`)
        ?.getAttribute("content")
        ?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const ld = readJsonLd(doc);
  const lang = /<html[^>]*\blang\s*=\s*["']?([a-zA-Z]{2})/i.exec(head)?.[1] ?? meta("og:locale")?.slice(0, 2);
  return {
    outlet: meta("og:site_name", "application-name", "publisher", "dc.publisher", "DC.publisher") ?? ld.publisher,
    publishedAt: isoDay(
      meta("article:published_time", "datePublished", "date", "dc.date", "DC.date", "DC.date.issued", "pubdate") ??
        ld.datePublished,
    ),
    language: readLanguage(lang) ?? guessLanguage(textOfHtml(html)),
  };
}

function readJsonLd(doc: Document): { publisher?: string; datePublished?: string } {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const parsed: unknown = JSON.parse(script.textContent ?? "");
      const items = (Array.isArray(parsed) ? parsed : [parsed]).flatMap((item) =>
        item && typeof item === "object" && "@graph" in item && Array.isArray(item["@graph"]) ? item["@graph"] : [item],
      ) as Record<string, unknown>[];
      for (const item of items) {
        const publisher = item.publisher as { name?: unknown } | undefined;
        const datePublished = typeof item.datePublished === "string" ? item.datePublished : undefined;
        const name = typeof publisher?.name === "string" ? publisher.name : undefined;
        if (name || datePublished) return { publisher: name, datePublished };
      }
    } catch {
      // A page's broken JSON-LD says nothing.
    }
  }
  return {};
}

function textOfHtml(html: string): string {
  return html
    .slice(0, 400_000)
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ");
}

function guessFromText(text: string, format: "text" | "markdown"): GuessedMetadata {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const first = lines.map((l) => l.trim()).find((l) => l.length > 0);
  const title = first
    ?.replace(format === "markdown" ? /^#+\s*/ : /^$/, "")
    .replace(/\s+/g, " ")
    .trim();
  const opening = lines.slice(0, 12).join("\n").slice(0, 1_500);
  return {
    title: title && title.length <= 300 ? title : undefined,
    publishedAt: guessDate(opening),
    language: guessLanguage(text),
  };
}

/** The first full date (day, month and year) near the top of a text: a dateline or byline. */
function guessDate(opening: string): string | undefined {
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(opening);
  if (iso) return isoDay(iso[0]);
  const language = guessLanguage(opening) ?? "fr";
  const today = new Date().toISOString().slice(0, 10);
  for (const lang of [language, language === "fr" ? "en" : "fr"] as const) {
    const date = extractFigures(opening, { lang, publishedAt: today }).find(
      (f) => f.value.kind === "date" && f.value.precision === "day" && f.value.lower !== null,
    );
    if (date?.value.lower !== null && date?.value.lower !== undefined) return fromEpochDay(date.value.lower);
  }
  return undefined;
}

function isoDay(value: string | undefined): string | undefined {
  const day = value?.trim().slice(0, 10);
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : undefined;
}

function readLanguage(code: string | undefined): "fr" | "en" | undefined {
  const lower = code?.toLowerCase();
  return lower === "fr" || lower === "en" ? lower : undefined;
}

// Words that are frequent in one language and rare in the other: enough to
// tell a French story from an English one, not a general language detector.
const FRENCH = new Set(
  "le la les de des du un une et est sont dans pour par avec qui que sur au aux pas ont été ce cette selon il elle ne se lors".split(
    " ",
  ),
);
const ENGLISH = new Set(
  "the of and to in is are was were for with that on by from at has have had said this which it its an be".split(" "),
);

/** French or English when the text clearly is one of them; undefined when unsure. */
export function guessLanguage(text: string): "fr" | "en" | undefined {
  let fr = 0;
  let en = 0;
  for (const word of text
    .slice(0, 20_000)
    .toLowerCase()
    .split(/[^\p{L}]+/u)) {
    if (FRENCH.has(word)) fr++;
    else if (ENGLISH.has(word)) en++;
  }
  if (fr + en < 4) return undefined;
  if (fr >= 2 * en) return "fr";
  if (en >= 2 * fr) return "en";
  return undefined;
}
