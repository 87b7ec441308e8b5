import { Readability } from "@mozilla/readability";
import { JSDOM } from "jsdom";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

// HTML is untrusted input: it is sanitised by sanitize-html before anything
// reads it (scripts, styles, event handlers, javascript: links and form, nav,
// caption content are removed), parsed without running scripts or loading
// resources, reduced to the story by Readability, then turned into plain text.
// Recoupe never renders imported HTML: the reader shows the text only.

const BLOCKS = new Set([
  "address",
  "caption",
  "article",
  "blockquote",
  "dd",
  "div",
  "dl",
  "dt",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "header",
  "li",
  "main",
  "ol",
  "p",
  "pre",
  "section",
  "table",
  "tr",
  "ul",
]);

const SANITISE: sanitizeHtml.IOptions = {
  allowedTags: [
    ...BLOCKS,
    "a",
    "b",
    "br",
    "em",
    "i",
    "span",
    "strong",
    "sub",
    "sup",
    "td",
    "th",
    "tbody",
    "thead",
    "time",
    "small",
    "abbr",
    "q",
    "cite",
    "mark",
  ],
  allowedAttributes: { a: ["href"], time: ["datetime"], "*": ["class", "id"] },
  allowedSchemes: ["http", "https", "mailto"],
  // Discarded with everything inside them, not just unwrapped.
  nonTextTags: [
    "script",
    "style",
    "textarea",
    "option",
    "noscript",
    "template",
    "figcaption",
    "nav",
    "aside",
    "footer",
    "form",
    "button",
    "select",
    "svg",
    "iframe",
    "object",
    "embed",
    "head",
    "title",
  ],
};

export type HtmlMetadata = { title?: string; url?: string };

function meta(doc: Document, ...names: string[]): string | undefined {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute("content")?.trim();
    if (content) return content;
  }
  return undefined;
}

/** Metadata a page declares about itself, to pre-fill what the editor left empty. */
export function readHtmlMetadata(html: string): HtmlMetadata {
  const doc = new JSDOM(html).window.document; // no scripts run, nothing is fetched
  return {
    title: meta(doc, "og:title", "twitter:title") ?? (doc.title.trim() || undefined),
    url: meta(doc, "og:url") ?? doc.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? undefined,
  };
}

/** Plain text of a DOM subtree: blank line between blocks, newline for <br>. */
function textOf(root: Node): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      parts.push((node.textContent ?? "").replace(/[ \t\r\n]+/g, " "));
      return;
    }
    if (node.nodeType === 9 || node.nodeType === 11) {
      node.childNodes.forEach(walk); // document or fragment
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toLowerCase();
    if (tag === "br") {
      parts.push("\n");
      return;
    }
    const block = BLOCKS.has(tag);
    // Table cells stay apart: "<td>3 825</td><td>2 906</td>" is two figures.
    const separator = block ? "\n\n" : tag === "td" || tag === "th" ? " " : "";
    parts.push(separator);
    node.childNodes.forEach(walk);
    parts.push(separator);
  };
  walk(root);
  return parts
    .join("")
    .split("\n")
    .map((line) => line.replace(/ {2,}/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** The readable story text of an HTML page. */
export function htmlToText(html: string): string {
  const clean = sanitizeHtml(html, SANITISE);
  const dom = new JSDOM(`<!doctype html><html><body>${clean}</body></html>`);
  const doc = dom.window.document;
  const article = new Readability(doc.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  if (article?.content) {
    const story = textOf(JSDOM.fragment(sanitizeHtml(article.content, SANITISE)));
    if (story.length > 0) return story;
  }
  return textOf(doc.body);
}

/** Markdown is rendered to HTML, then read like any page (minus Readability). */
export function markdownToText(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return textOf(JSDOM.fragment(sanitizeHtml(html, SANITISE)));
}
