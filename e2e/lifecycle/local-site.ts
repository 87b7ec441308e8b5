import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

// An outlet's web site for the URL-import tests, on 127.0.0.1 (the app under
// test may fetch it: its server runs with RECOUPE_FETCH_ALLOW_PRIVATE).
// Pages can be changed while the test runs, as an outlet edits its story.

export type LocalSite = {
  url: (path: string) => string;
  set: (path: string, html: string) => void;
  close: () => Promise<void>;
};

export async function startLocalSite(): Promise<LocalSite> {
  const pages = new Map<string, string>();
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const html = pages.get(path);
    if (html === undefined) {
      response.writeHead(404, { "content-type": "text/html" }).end("<p>Not found</p>");
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    set: (path, html) => void pages.set(path, html),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function articlePage(opts: { title: string; outlet: string; paragraphs: string[]; extra?: string }): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${opts.title}</title>
<meta property="og:site_name" content="${opts.outlet}"><meta property="article:published_time" content="2022-11-02T08:00:00Z">
<script>document.title = "pwned"</script></head>
<body><nav><a href="/">Accueil</a></nav><article><h1>${opts.title}</h1>
${opts.paragraphs.map((p) => `<p>${p}</p>`).join("\n")}
<img src="https://tracker.invalid/pixel.gif" alt="Des soldats à la frontière">
<p><a href="/monde/suite">Lire la suite</a></p>${opts.extra ?? ""}</article></body></html>`;
}
