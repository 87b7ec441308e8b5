import { JSDOM } from "jsdom";

// What a page says about itself in its <head>: canonical address, outlet,
// publication date, language. Only the head is parsed (a page can weigh
// megabytes; its head rarely more than a few kilobytes), without scripts and
// without fetching anything.

export type PageHead = {
  canonical: string[];
  ogUrl?: string;
  siteName?: string;
  publishedTime?: string;
  lang?: string;
  title?: string;
};

const HEAD_LIMIT = 512 * 1024;

function headOf(html: string): string {
  const window = html.slice(0, HEAD_LIMIT);
  const end = window.search(/<\/head\s*>|<body[\s>]/i);
  return end === -1 ? window : window.slice(0, end);
}

export function readPageHead(html: string): PageHead {
  const head = headOf(html);
  const doc = new JSDOM(`${head}</head><body></body></html>`).window.document;
  const meta = (...names: string[]) => {
    for (const name of names) {
      const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
      const content = el?.getAttribute("content")?.trim();
      if (content) return content;
    }
    return undefined;
  };
  const canonical = [...doc.querySelectorAll("link[rel]")]
    .filter((l) => (l.getAttribute("rel") ?? "").toLowerCase().split(/\s+/).includes("canonical"))
    .map((l) => l.getAttribute("href") ?? "")
    .filter(Boolean);
  return {
    canonical,
    ogUrl: meta("og:url"),
    siteName: meta("og:site_name", "application-name"),
    publishedTime: meta("article:published_time", "datePublished", "date", "dc.date", "DC.date.issued", "pubdate"),
    lang: doc.documentElement.getAttribute("lang")?.trim() || meta("og:locale", "language", "content-language"),
    title: meta("og:title", "twitter:title") ?? (doc.title.trim() || undefined),
  };
}
