import { readPageHead, type PageHead } from "./read-page-head";

// One article reached at several addresses is one article: the address that
// identifies it is the page's canonical URL (<link rel="canonical">, else
// og:url), normalised so that trivial differences do not count: scheme and
// host case, default ports, the fragment, tracking parameters and their order.

/** Query parameters that say how a reader arrived, never what they read. */
const TRACKING = [
  /^utm_/i,
  /^(fbclid|gclid|gclsrc|dclid|gbraid|wbraid|msclkid|yclid|twclid|ttclid|li_fat_id|igshid|mc_cid|mc_eid)$/i,
  /^(_ga|_gl|_hsenc|_hsmi|__hstc|__hssc|__hsfp|hsctatracking|mkt_tok|oly_anon_id|oly_enc_id|vero_id|wickedid)$/i,
  /^(xtor|xts|xtref|at_medium|at_campaign|at_source|at_format|at_variant|at_type|at_link|at_creation|at_send_date)$/i,
  /^(ocid|cmpid|cmp|ito|ns_mchannel|ns_source|ns_campaign|ns_linkname|ns_fee|sr_share|share|ref_src|ref_url|s_cid|ncid|smid|ir)$/i,
];

const isTracking = (name: string) => TRACKING.some((re) => re.test(name));

/** The URL as an identity: lower-case scheme and host, no default port, no fragment, no tracking. */
export function normaliseUrl(input: string | URL): string {
  const url = new URL(input.toString());
  url.hash = "";
  url.username = "";
  url.password = "";
  const kept = [...url.searchParams].filter(([name]) => !isTracking(name));
  kept.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  url.search = kept.length ? new URLSearchParams(kept).toString() : "";
  // The URL parser already lower-cases scheme and host, encodes IDN hosts in
  // punycode and drops :80 for http and :443 for https.
  return url.href;
}

function sameSite(a: URL, b: URL): boolean {
  const base = (host: string) => host.replace(/^(www\d?|m|amp|mobile)\./, "");
  const x = base(a.hostname);
  const y = base(b.hostname);
  return x === y || x.endsWith(`.${y}`) || y.endsWith(`.${x}`);
}

function candidate(href: string | null | undefined, page: URL): URL | null {
  if (!href?.trim()) return null;
  try {
    const url = new URL(href.trim(), page);
    if (url.protocol !== "http:" && url.protocol !== "https:") return null;
    // A canonical on another site is a syndication link (the agency's
    // original), not this outlet's article: the outlets stay apart.
    if (!sameSite(url, page)) return null;
    // Sites that point every page's canonical at their home page are
    // misconfigured; that would make all their articles one.
    if (url.pathname === "/" && !url.search && page.pathname !== "/") return null;
    return url;
  } catch {
    return null;
  }
}

/** The page's canonical address, normalised; the final URL when it declares none usable. */
export function findCanonicalUrl(html: string, finalUrl: string, head: PageHead = readPageHead(html)): string {
  const page = new URL(finalUrl);
  const found =
    head.canonical.map((href) => candidate(href, page)).find((u) => u !== null) ?? candidate(head.ogUrl, page) ?? page;
  return normaliseUrl(found);
}
