import sanitizeHtml from "sanitize-html";
import { db } from "@/lib/db/client";

// The archived copy as a reader sees it: the page's own structure (headings,
// paragraphs, lists, tables, captions) and nothing that could run or load
// anything: no scripts, styles, frames, forms, no images (their description
// stays, in brackets), no attributes but a link's address. Links are made
// absolute against the page's final address, so that they lead to the
// outlet's site and never into Recoupe, and open apart (noopener, no referrer).

const KEEP = [
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "p",
  "br",
  "hr",
  "a",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "blockquote",
  "q",
  "cite",
  "em",
  "strong",
  "b",
  "i",
  "u",
  "s",
  "small",
  "sub",
  "sup",
  "mark",
  "abbr",
  "time",
  "span",
  "div",
  "section",
  "article",
  "header",
  "footer",
  "main",
  "aside",
  "nav",
  "figure",
  "figcaption",
  "table",
  "caption",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "pre",
  "code",
];

function absolute(href: string | undefined, base: string): string | null {
  if (!href) return null;
  try {
    const url = new URL(href, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

export function sanitizeArchive(html: string, finalUrl: string): string {
  return sanitizeHtml(html, {
    allowedTags: KEEP,
    allowedAttributes: {
      a: ["href", "rel", "target", "referrerpolicy"],
      time: ["datetime"],
      td: ["colspan", "rowspan"],
      th: ["colspan", "rowspan", "scope"],
      span: ["class"],
    },
    allowedClasses: { span: ["archived-image"] },
    allowedSchemes: ["http", "https"],
    allowProtocolRelative: false,
    nonTextTags: [
      "script",
      "style",
      "textarea",
      "option",
      "noscript",
      "template",
      "title",
      "head",
      "svg",
      "iframe",
      "object",
      "embed",
      "button",
      "select",
    ],
    transformTags: {
      // The page's headings sit under this page's own (h1, h2): one level or two down.
      h1: "h3",
      h2: "h3",
      h3: "h4",
      h4: "h5",
      h5: "h6",
      a: (_tag, attribs) => {
        const href = absolute(attribs.href, finalUrl);
        const kept: Record<string, string> = href
          ? { href, rel: "noopener noreferrer nofollow", target: "_blank", referrerpolicy: "no-referrer" }
          : {};
        return { tagName: "a", attribs: kept };
      },
      img: (_tag, attribs) => ({
        tagName: "span",
        attribs: { class: "archived-image" },
        text: attribs.alt?.trim() ? `[${attribs.alt.trim()}]` : "",
      }),
    },
    exclusiveFilter: (frame) => frame.tag === "span" && frame.attribs.class === "archived-image" && !frame.text.trim(),
  });
}

export type ArchiveSummary = {
  id: string;
  version: number;
  fetchedAt: Date;
  finalUrl: string;
  requestedUrl: string;
  canonicalUrl: string | null;
  status: number;
  contentType: string;
  charset: string;
};

/** The article's archived fetches (newest first) and the one asked for (else the latest), sanitised. */
export async function getArchiveView(articleId: string, archiveId?: string) {
  const article = await db().article.findFirst({
    where: { id: articleId, deletedAt: null },
    select: { id: true, title: true, language: true, outlet: { select: { name: true } } },
  });
  if (!article) return null;
  const fetches: ArchiveSummary[] = await db().articleArchive.findMany({
    where: { articleId },
    orderBy: { fetchedAt: "desc" },
    select: {
      id: true,
      version: true,
      fetchedAt: true,
      finalUrl: true,
      requestedUrl: true,
      canonicalUrl: true,
      status: true,
      contentType: true,
      charset: true,
    },
  });
  const chosen = fetches.find((f) => f.id === archiveId) ?? fetches[0];
  if (!chosen) return { article, fetches, chosen: null, html: null };
  const row = await db().articleArchive.findUniqueOrThrow({
    where: { id: chosen.id },
    select: { html: true, contentType: true },
  });
  const html = row.contentType === "text/plain" ? null : sanitizeArchive(row.html, chosen.finalUrl);
  const text = row.contentType === "text/plain" ? row.html : null;
  return { article, fetches, chosen, html, text };
}
