import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchPage, type FetchOptions } from "./fetch-page";
import { FetchRefusal, type FetchFailure } from "./fetch-refusal";
import { bytes, html, startLocalServer, type LocalServer } from "./testing/local-server";

// Against a real web server on 127.0.0.1, which these tests may reach because
// they allow private addresses (as RECOUPE_FETCH_ALLOW_PRIVATE does); the
// guard itself is tested with them refused in guard.test.ts.

const local: FetchOptions = { allowPrivate: true };

async function refusalOf(promise: Promise<unknown>): Promise<FetchRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}

async function reason(promise: Promise<unknown>): Promise<FetchFailure> {
  return (await refusalOf(promise)).reason;
}

const PAGE = `<!doctype html><html lang="fr"><head><title>Bilan</title>
<link rel="canonical" href="/monde/bilan?utm_source=rss&amp;id=7#haut">
<meta property="og:site_name" content="Le Courrier"></head>
<body><article><p>Plus de 6 700 morts.</p></article></body></html>`;

let server: LocalServer;
let written = 0;

beforeAll(async () => {
  server = await startLocalServer({
    "/page": html(PAGE),
    "/plain": html("Un texte brut.\n", { "content-type": "text/plain; charset=utf-8" }),
    "/latin1-header": bytes(Buffer.from("<p>Réfugiés à Erevan</p>", "latin1"), {
      "content-type": "text/html; charset=ISO-8859-1",
    }),
    "/meta-charset": bytes(
      Buffer.concat([
        Buffer.from('<meta charset="windows-1252"><p>'),
        Buffer.from([0x9c, 0x75, 0x76, 0x72, 0x65, 0x20, 0x96, 0x20, 0x80, 0x20, 0x64, 0xe9, 0x6a, 0xe0]),
        Buffer.from("</p>"),
      ]),
      { "content-type": "text/html" },
    ),
    "/http-equiv": bytes(
      Buffer.concat([
        Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-15"><p>'),
        Buffer.from([0xa4]),
        Buffer.from("</p>"),
      ]),
      { "content-type": "text/html" },
    ),
    "/bom-wins": bytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<p>Bakou, Aliev</p>", "utf8")]), {
      "content-type": "text/html; charset=windows-1252",
    }),
    "/undeclared-utf8": bytes(Buffer.from("<p>Haut-Karabakh : « 286 morts »</p>", "utf8"), {
      "content-type": "text/html",
    }),
    "/undeclared-latin1": bytes(Buffer.from("<p>Arménie, août</p>", "latin1"), { "content-type": "text/html" }),
    "/shift-jis": bytes(Buffer.from([0x3c, 0x70, 0x3e, 0x93, 0xfa, 0x96, 0x7b, 0x3c, 0x2f, 0x70, 0x3e]), {
      "content-type": "text/html; charset=Shift_JIS",
    }),
    "/no-type": bytes(Buffer.from("<!DOCTYPE html><html><body><p>Sans type</p></body></html>"), {}),
    "/pdf": bytes(Buffer.from("%PDF-1.7\n%âãÏÓ\n1 0 obj"), { "content-type": "application/pdf" }),
    "/pdf-as-html": bytes(Buffer.from("%PDF-1.4\n1 0 obj <<>>"), { "content-type": "text/html" }),
    "/png": bytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), {
      "content-type": "image/png",
    }),
    "/json": html('{"a":1}', { "content-type": "application/json" }),
    "/css": html("p{}", { "content-type": "text/css" }),
    "/empty": html("", { "content-type": "text/html" }),
    "/gzip": bytes(gzipSync(Buffer.from("<p>Compressé</p>")), {
      "content-type": "text/html; charset=utf-8",
      "content-encoding": "gzip",
    }),
    "/gzip-bomb": bytes(gzipSync(Buffer.alloc(3 * 1024 * 1024, 0x61)), {
      "content-type": "text/html",
      "content-encoding": "gzip",
    }),
    "/missing": (_q, r) => void r.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>"),
    "/removed": (_q, r) => void r.writeHead(410).end(),
    "/broken": (_q, r) => void r.writeHead(500, { "content-type": "text/html" }).end("<p>Oops</p>"),
    "/unavailable": (_q, r) => void r.writeHead(503).end(),
    "/forbidden": (_q, r) => void r.writeHead(403).end(),
    "/moved": (_q, r) => void r.writeHead(301, { location: "/hop" }).end(),
    "/hop": (_q, r) => void r.writeHead(302, { location: `${server.origin}/page?utm_medium=email` }).end(),
    "/loop-a": (_q, r) => void r.writeHead(302, { location: "/loop-b" }).end(),
    "/loop-b": (_q, r) => void r.writeHead(302, { location: "/loop-a" }).end(),
    "/forever/*": (q, r) => {
      const n = Number((q.url ?? "").split("/").pop());
      r.writeHead(302, { location: `/forever/${n + 1}` }).end();
    },
    "/to-ftp": (_q, r) => void r.writeHead(302, { location: "ftp://example.org/file" }).end(),
    "/huge-declared": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html", "content-length": String(50 * 1024 * 1024) });
      const chunk = Buffer.alloc(64 * 1024, 0x61);
      const pump = () => {
        while (!r.destroyed && written < 50 * 1024 * 1024) {
          written += chunk.length;
          if (!r.write(chunk)) return void r.once("drain", pump);
        }
      };
      r.on("close", () => undefined);
      pump();
    },
    "/huge-streamed": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, 0x62);
      let sent = 0;
      const pump = () => {
        while (!r.destroyed && sent < 50 * 1024 * 1024) {
          sent += chunk.length;
          written += chunk.length;
          if (!r.write(chunk)) return void r.once("drain", pump);
        }
        if (!r.destroyed) r.end();
      };
      pump();
    },
    "/silent": () => undefined, // never answers
    "/stalls": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      r.write("<p>Début");
    },
    "/trickle": (_q, r) => {
      r.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => (r.destroyed ? clearInterval(timer) : r.write(".")), 50);
    },
  });
});

afterAll(() => server.close());

describe("fetchPage", () => {
  it("returns the page, its final and canonical URLs, status, type and charset", async () => {
    const page = await fetchPage(server.url("/page"), local);
    expect(page).toMatchObject({
      requestedUrl: server.url("/page"),
      finalUrl: server.url("/page"),
      canonicalUrl: server.url("/monde/bilan?id=7"),
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
      format: "html",
      redirects: [],
    });
    expect(page.html).toContain("Plus de 6 700 morts.");
    expect(page.head).toMatchObject({ siteName: "Le Courrier", lang: "fr", title: "Bilan" });
    expect(page.fetchedAt).toBeInstanceOf(Date);
  });

  it("reads plain text as text", async () => {
    const page = await fetchPage(server.url("/plain"), local);
    expect(page).toMatchObject({ format: "text", contentType: "text/plain", html: "Un texte brut.\n" });
  });

  it.each([
    ["/latin1-header", "windows-1252", "Réfugiés à Erevan"], // ISO-8859-1 is windows-1252 to the Encoding standard
    ["/meta-charset", "windows-1252", "œuvre – € déjà"],
    ["/http-equiv", "iso-8859-15", "€"],
    ["/bom-wins", "utf-8", "Bakou, Aliev"],
    ["/undeclared-utf8", "utf-8", "« 286 morts »"],
    ["/undeclared-latin1", "windows-1252", "Arménie, août"],
    ["/shift-jis", "shift_jis", "日本"],
  ])("decodes %s as %s", async (path, charset, text) => {
    const page = await fetchPage(server.url(path), local);
    expect(page.charset).toBe(charset);
    expect(page.html).toContain(text);
    expect(page.html).not.toContain("\ufffd");
  });

  it("sniffs an HTML page served without a type", async () => {
    const page = await fetchPage(server.url("/no-type"), local);
    expect(page).toMatchObject({ format: "html", contentType: "text/html" });
  });

  it("decompresses gzip, counting the decompressed size against the limit", async () => {
    expect((await fetchPage(server.url("/gzip"), local)).html).toBe("<p>Compressé</p>");
    expect(await reason(fetchPage(server.url("/gzip-bomb"), { ...local, limits: { maxBytes: 1024 * 1024 } }))).toBe(
      "tooLarge",
    );
  });

  it("follows redirects by hand to the final URL", async () => {
    const page = await fetchPage(server.url("/moved"), local);
    expect(page.finalUrl).toBe(server.url("/page?utm_medium=email"));
    expect(page.canonicalUrl).toBe(server.url("/monde/bilan?id=7"));
    expect(page.redirects).toEqual([server.url("/moved"), server.url("/hop")]);
  });

  it("refuses redirects in a loop, or more of them than allowed", async () => {
    expect(await reason(fetchPage(server.url("/loop-a"), local))).toBe("redirectLoop");
    const forever = await refusalOf(fetchPage(server.url("/forever/0"), { ...local, limits: { maxRedirects: 3 } }));
    expect(forever.reason).toBe("tooManyRedirects");
    expect(forever.values).toMatchObject({ max: 3 });
    expect(await reason(fetchPage(server.url("/to-ftp"), local))).toBe("badRedirect");
  });

  it.each([
    ["/missing", "notFound", 404],
    ["/removed", "gone", 410],
    ["/forbidden", "clientError", 403],
    ["/broken", "serverError", 500],
    ["/unavailable", "serverError", 503],
  ] as const)("refuses %s as %s", async (path, expected, status) => {
    const refusal = await refusalOf(fetchPage(server.url(path), local));
    expect(refusal.reason).toBe(expected);
    expect(refusal.values).toMatchObject({ status });
    expect(refusal.message).toBe(`fetch.errors.${expected}`);
    expect(refusal.fieldErrors?.url).toEqual([`fetch.errors.${expected}`]);
  });

  it.each([
    ["/pdf", "application/pdf"],
    ["/pdf-as-html", "application/pdf"],
    ["/png", "image/png"],
    ["/json", "application/json"],
  ])("refuses the binary %s, naming its type", async (path, type) => {
    const refusal = await refusalOf(fetchPage(server.url(path), local));
    expect(refusal.reason).toBe("binary");
    expect(refusal.values).toMatchObject({ type });
  });

  it("refuses text that is not a page, and an empty page", async () => {
    expect(await reason(fetchPage(server.url("/css"), local))).toBe("unsupportedType");
    expect(await reason(fetchPage(server.url("/empty"), local))).toBe("empty");
  });

  it("refuses a page declared larger than the limit without reading it", async () => {
    written = 0;
    const refusal = await refusalOf(fetchPage(server.url("/huge-declared"), local));
    expect(refusal.reason).toBe("tooLarge");
    expect(refusal.code).toBe("TOO_LARGE");
    expect(refusal.values).toMatchObject({ limitMb: 10 });
    // The server could push at most its socket buffers before the connection closed.
    await new Promise((r) => setTimeout(r, 100));
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it("stops reading a streamed page as soon as it passes the limit", async () => {
    written = 0;
    expect(await reason(fetchPage(server.url("/huge-streamed"), { ...local, limits: { maxBytes: 1024 * 1024 } }))).toBe(
      "tooLarge",
    );
    await new Promise((r) => setTimeout(r, 100));
    expect(written).toBeLessThan(20 * 1024 * 1024);
  });

  it("times out on a server that never answers, stalls or trickles forever", async () => {
    const quick = { headersTimeoutMs: 300, bodyTimeoutMs: 300, totalTimeoutMs: 5_000 };
    expect(await reason(fetchPage(server.url("/silent"), { ...local, limits: quick }))).toBe("timeout");
    expect(await reason(fetchPage(server.url("/stalls"), { ...local, limits: quick }))).toBe("timeout");
    expect(
      await reason(fetchPage(server.url("/trickle"), { ...local, limits: { ...quick, totalTimeoutMs: 700 } })),
    ).toBe("timeout");
  });

  it("names a refused connection and a failed TLS handshake", async () => {
    const closed = await startLocalServer({});
    const port = closed.port;
    await closed.close();
    expect(await reason(fetchPage(`http://127.0.0.1:${port}/`, local))).toBe("connection");
    // An HTTPS client meeting a plain HTTP server fails its handshake.
    expect(await reason(fetchPage(`https://127.0.0.1:${server.port}/page`, local))).toBe("tls");
  });

  it.each([
    ["not a url", "invalidUrl"],
    ["", "invalidUrl"],
    ["ftp://example.org/file", "scheme"],
    ["javascript:alert(1)", "scheme"],
    ["file:///etc/passwd", "scheme"],
    ["http://user:secret@example.org/", "credentials"],
  ])("refuses %j before any connection", async (url, expected) => {
    expect(await reason(fetchPage(url, local))).toBe(expected);
  });
});
