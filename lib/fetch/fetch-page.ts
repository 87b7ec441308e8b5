import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import type { Readable as NodeReadable } from "node:stream";
import { Agent, request } from "undici";
import { findCanonicalUrl } from "./canonical-url";
import { looksLikeHtml, parseContentType, readableKind, sniffBinary, type Readable } from "./content-type";
import { decodeBody } from "./decode-body";
import { fetchAllowsPrivate, fetchPrivateHosts, fetchTimeoutMs } from "./fetch-env";
import { FetchRefusal, isFetchRefusal } from "./fetch-refusal";
import { pinnedLookup, vetHost, type Resolver } from "./guard-host";
import { readPageHead, type PageHead } from "./read-page-head";

// Fetching an article's page on the server (undici). Each hop of a redirect
// is followed by hand and checked like the first address (scheme, host,
// every resolved address), then connected to the addresses just checked and
// no others. Time is bounded at every stage (connection, headers, between
// body chunks, and overall), size while the body streams in, and only web
// pages and plain text are read.

export type FetchLimits = {
  connectTimeoutMs: number;
  headersTimeoutMs: number;
  bodyTimeoutMs: number;
  totalTimeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
};

export const DEFAULT_LIMITS: FetchLimits = {
  connectTimeoutMs: 10_000,
  headersTimeoutMs: 15_000,
  bodyTimeoutMs: 15_000,
  totalTimeoutMs: 30_000,
  maxBytes: 10 * 1024 * 1024,
  maxRedirects: 5,
};

export type FetchOptions = {
  limits?: Partial<FetchLimits>;
  /** Defaults to RECOUPE_FETCH_ALLOW_PRIVATE. */
  allowPrivate?: boolean;
  /** Hosts trusted to be on a private network even when private addresses are refused
   * (an intranet's own server; tests use it to reach a local server first and then
   * check where its redirects may lead). */
  allowPrivateHosts?: readonly string[];
  /** Defaults to the system resolver (tests give their own). */
  resolve?: Resolver;
};

export type FetchedPage = {
  requestedUrl: string;
  finalUrl: string;
  /** Normalised canonical address (the final URL's when the page names none). */
  canonicalUrl: string;
  fetchedAt: Date;
  status: number;
  /** Media type as served ("text/html"), or as sniffed when none was given. */
  contentType: string;
  charset: string;
  format: Readable;
  /** The page's decoded source. */
  html: string;
  head: PageHead;
  /** Every address visited before the final one. */
  redirects: string[];
};

const USER_AGENT = "Recoupe/0.1 (fact-checking; fetches one article at an editor's request)";

export function parseFetchUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchRefusal("invalidUrl", { url: raw.slice(0, 200) });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchRefusal("scheme", { url: url.href.slice(0, 200), scheme: url.protocol.replace(/:$/, "") });
  }
  if (url.username || url.password) throw new FetchRefusal("credentials", { url: `${url.protocol}//${url.host}` });
  return url;
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO$|ERR_OSSL)/;

/** Anything thrown by undici or the network, as the refusal a user can act on. */
function toRefusal(error: unknown, url: URL, seconds: number): unknown {
  if (isFetchRefusal(error)) return error;
  const codes: string[] = [];
  for (let e: unknown = error, i = 0; e && i < 4; e = (e as { cause?: unknown }).cause, i++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === "string") codes.push(code);
    const name = (e as { name?: unknown }).name;
    if (name === "TimeoutError" || name === "AbortError") codes.push("TIMEOUT");
  }
  const values = { url: url.href.slice(0, 200), host: url.host, seconds };
  // The only signal given to undici is the overall deadline: an abort is a timeout.
  const timedOut = (c: string) =>
    c === "TIMEOUT" || /TIMEOUT$/.test(c) || c === "ETIMEDOUT" || /^UND_ERR_ABORT/.test(c);
  if (codes.some(timedOut)) {
    return new FetchRefusal("timeout", values);
  }
  if (codes.some((c) => TLS_CODES.test(c))) return new FetchRefusal("tls", values);
  if (codes.some((c) => c === "ENOTFOUND" || c === "EAI_AGAIN")) return new FetchRefusal("dns", values);
  if (codes.some((c) => /^(ECONN|EHOST|ENET|EPIPE|UND_ERR_SOCKET|UND_ERR_CLOSED|HPE_|UND_ERR)/.test(c))) {
    return new FetchRefusal("connection", values);
  }
  return error;
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** Closes a response body without reading it (its connection closes with it). */
function discard(body: NodeReadable): void {
  // Destroying an undici body emits an abort error; nobody is left to hear it.
  if (body.listenerCount("error") === 0) body.on("error", () => undefined);
  body.destroy();
}

function decompressor(encoding: string | undefined) {
  const e = encoding?.trim().toLowerCase();
  if (!e || e === "identity") return null;
  if (e === "gzip" || e === "x-gzip") return createGunzip();
  if (e === "deflate") return createInflate();
  if (e === "br") return createBrotliDecompress();
  return undefined; // an encoding we cannot read
}

/** Reads the body up to the limit, counting decoded bytes; refuses past it without reading further. */
async function readBody(body: NodeReadable, encoding: string | undefined, limits: FetchLimits, url: URL) {
  const inflate = decompressor(encoding);
  if (inflate === undefined) {
    discard(body);
    throw new FetchRefusal("unsupportedType", { url: url.href.slice(0, 200), type: `Content-Encoding ${encoding}` });
  }
  const source: AsyncIterable<Buffer> = inflate ? body.pipe(inflate) : body;
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of source) {
      total += chunk.length;
      if (total > limits.maxBytes)
        throw new FetchRefusal("tooLarge", { url: url.href.slice(0, 200), limitMb: limits.maxBytes / 1024 / 1024 });
      chunks.push(chunk);
    }
  } finally {
    discard(body);
    inflate?.destroy();
  }
  return Buffer.concat(chunks, total);
}

type Hop = { status: number; headers: Record<string, string | string[] | undefined>; body: NodeReadable };

async function requestOnce(
  url: URL,
  limits: FetchLimits,
  options: FetchOptions,
  signal: AbortSignal,
): Promise<{ hop: Hop; agent: Agent }> {
  const allowPrivate =
    (options.allowPrivate ?? fetchAllowsPrivate()) ||
    (options.allowPrivateHosts ?? fetchPrivateHosts()).includes(url.hostname.toLowerCase());
  const addresses = await vetHost(url, { allowPrivate, resolve: options.resolve });
  const agent = new Agent({
    connect: { timeout: limits.connectTimeoutMs, lookup: pinnedLookup(addresses) },
    headersTimeout: limits.headersTimeoutMs,
    bodyTimeout: limits.bodyTimeoutMs,
    connections: 1,
  });
  try {
    const response = await request(url, {
      dispatcher: agent,
      method: "GET",
      signal,
      headers: {
        "user-agent": USER_AGENT,
        accept: "text/html,application/xhtml+xml;q=0.9,text/plain;q=0.8,*/*;q=0.1",
        "accept-language": "fr,en;q=0.8,*;q=0.5",
        "accept-encoding": "gzip, deflate, br",
      },
    });
    return { hop: { status: response.statusCode, headers: response.headers, body: response.body }, agent };
  } catch (error) {
    await agent.destroy().catch(() => undefined);
    throw error;
  }
}

function statusRefusal(status: number, url: URL): FetchRefusal {
  const values = { url: url.href.slice(0, 200), status };
  if (status === 404) return new FetchRefusal("notFound", values);
  if (status === 410) return new FetchRefusal("gone", values);
  if (status >= 500) return new FetchRefusal("serverError", values);
  if (status >= 400) return new FetchRefusal("clientError", values);
  return new FetchRefusal("unexpectedStatus", values);
}

/** RECOUPE_FETCH_TIMEOUT_SECONDS bounds the whole fetch and each of its stages. */
function envLimits(): Partial<FetchLimits> {
  const total = fetchTimeoutMs();
  if (total === null) return {};
  return {
    totalTimeoutMs: total,
    connectTimeoutMs: Math.min(DEFAULT_LIMITS.connectTimeoutMs, total),
    headersTimeoutMs: Math.min(DEFAULT_LIMITS.headersTimeoutMs, total),
    bodyTimeoutMs: Math.min(DEFAULT_LIMITS.bodyTimeoutMs, total),
  };
}

/** Fetches a page for import: the final URL, its canonical address, and its decoded HTML or text. */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const limits = { ...DEFAULT_LIMITS, ...envLimits(), ...options.limits };
  const requested = parseFetchUrl(rawUrl);
  const signal = AbortSignal.timeout(limits.totalTimeoutMs);
  const seconds = Math.round(limits.totalTimeoutMs / 1000);
  const visited: string[] = [];
  let url = requested;

  for (;;) {
    if (visited.includes(url.href)) throw new FetchRefusal("redirectLoop", { url: requested.href.slice(0, 200) });
    let hop: Hop;
    let agent: Agent;
    try {
      ({ hop, agent } = await requestOnce(url, limits, options, signal));
    } catch (error) {
      throw toRefusal(error, url, seconds);
    }
    try {
      const location = header(hop.headers, "location");
      if ([301, 302, 303, 307, 308].includes(hop.status) && location) {
        discard(hop.body);
        visited.push(url.href);
        if (visited.length > limits.maxRedirects) {
          throw new FetchRefusal("tooManyRedirects", { url: requested.href.slice(0, 200), max: limits.maxRedirects });
        }
        let next: URL;
        try {
          next = new URL(location, url);
        } catch {
          throw new FetchRefusal("badRedirect", { url: url.href.slice(0, 200), location: location.slice(0, 200) });
        }
        if (next.protocol !== "http:" && next.protocol !== "https:") {
          throw new FetchRefusal("badRedirect", { url: url.href.slice(0, 200), location: next.href.slice(0, 200) });
        }
        next.hash = "";
        url = parseFetchUrl(next.href);
        continue;
      }
      if (hop.status < 200 || hop.status >= 300) {
        discard(hop.body);
        throw statusRefusal(hop.status, url);
      }
      return await readPage(hop, url, requested, visited, limits);
    } catch (error) {
      discard(hop.body);
      throw toRefusal(error, url, seconds);
    } finally {
      await agent.close().catch(() => undefined);
    }
  }
}

async function readPage(
  hop: Hop,
  url: URL,
  requested: URL,
  visited: string[],
  limits: FetchLimits,
): Promise<FetchedPage> {
  const media = parseContentType(header(hop.headers, "content-type"));
  const declared = media ? readableKind(media.type) : null;
  const values = { url: url.href.slice(0, 200), type: media?.type ?? "" };
  // Refused on its header alone, before a byte of the body is read.
  if (media && !declared && media.type !== "application/octet-stream") {
    discard(hop.body);
    throw new FetchRefusal(media.type.startsWith("text/") ? "unsupportedType" : "binary", values);
  }
  const length = Number(header(hop.headers, "content-length"));
  const encoding = header(hop.headers, "content-encoding");
  if (Number.isFinite(length) && length > limits.maxBytes && !encoding) {
    discard(hop.body);
    throw new FetchRefusal("tooLarge", { url: values.url, limitMb: limits.maxBytes / 1024 / 1024 });
  }
  const bytes = await readBody(hop.body, encoding, limits, url);
  if (bytes.length === 0) throw new FetchRefusal("empty", { url: values.url });
  const binary = sniffBinary(bytes.subarray(0, 1024));
  if (binary) throw new FetchRefusal("binary", { url: values.url, type: binary });
  const format: Readable | null = declared ?? (looksLikeHtml(bytes) ? "html" : null);
  if (!format) throw new FetchRefusal("binary", { url: values.url, type: media?.type ?? "application/octet-stream" });

  const { text, charset } = decodeBody(bytes, media?.charset ?? null, format);
  const head = format === "html" ? readPageHead(text) : { canonical: [] };
  return {
    requestedUrl: requested.href,
    finalUrl: url.href,
    canonicalUrl: format === "html" ? findCanonicalUrl(text, url.href, head) : findCanonicalUrl("", url.href, head),
    fetchedAt: new Date(),
    status: hop.status,
    contentType: media?.type ?? (format === "html" ? "text/html" : "text/plain"),
    charset,
    format,
    html: text,
    head,
    redirects: visited,
  };
}
