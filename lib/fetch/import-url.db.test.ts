import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db/client";
import { tagPassage } from "@/lib/testing/factories";
import { refusal } from "@/lib/testing/refusal";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { FetchRefusal } from "./fetch-refusal";
import { importArticleFromUrl, refetchArticle } from "./import-url";
import { startLocalServer, type LocalServer } from "./testing/local-server";

// A real web server on 127.0.0.1, reachable because this file sets
// RECOUPE_FETCH_ALLOW_PRIVATE, as the end-to-end tests' server does.
process.env.RECOUPE_FETCH_ALLOW_PRIVATE = "1";
setUpTestDatabase();

const P1 = "La guerre de 2020 au Haut-Karabakh a fait 6 500 morts en six semaines, selon les deux camps.";
const P2 = "En septembre 2022, de nouveaux combats à la frontière ont fait 286 morts, d'après Erevan et Bakou.";
const P3 = "Le cessez-le-feu du 10 novembre 2020 a été signé sous l'égide de Moscou, qui a déployé 1 960 soldats.";

function page(paragraphs: string[], extra = "") {
  return `<!doctype html><html lang="fr-FR"><head><meta charset="utf-8"><title>Bilan | Le Courrier</title>
<meta property="og:title" content="Bilan des guerres du Karabakh"><meta property="og:site_name" content="Le Courrier du Caucase">
<meta property="article:published_time" content="2022-11-02T08:00:00+01:00">
<link rel="canonical" href="/monde/bilan">${extra}</head>
<body><nav><a href="/">Accueil</a></nav><article><h1>Bilan des guerres du Karabakh</h1>
${paragraphs.map((p) => `<p>${p}</p>`).join("\n")}</article><footer>© Le Courrier</footer></body></html>`;
}

let server: LocalServer;
let current = page([P1, P2, P3]);
let editorId: string;

beforeAll(async () => {
  editorId = (await db().user.create({ data: { name: "Ulysse URL", email: "ulysse@url.test", role: "editor" } })).id;
  server = await startLocalServer({
    "/monde/bilan": (_q, r) => void r.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(current),
    "/amp/bilan": (_q, r) => void r.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(current),
    "/short": (_q, r) => void r.writeHead(301, { location: "/monde/bilan?utm_source=twitter" }).end(),
    "/undated": (_q, r) =>
      void r
        .writeHead(200, { "content-type": "text/html" })
        .end(`<html><head><title>Sans date</title></head><body><p>${P1} Réf. undated.</p></body></html>`),
  });
});
afterAll(() => server.close());

describe("importArticleFromUrl", () => {
  it("imports, archives, and turns the next fetch of the same article into a version with its claims re-anchored", async () => {
    const first = await importArticleFromUrl({ url: server.url("/short") }, editorId);
    expect(first).toMatchObject({ created: true, changed: true, version: 1, canonicalUrl: server.url("/monde/bilan") });
    const article = await db().article.findUniqueOrThrow({ where: { id: first.articleId }, include: { outlet: true } });
    expect(article).toMatchObject({
      title: "Bilan des guerres du Karabakh",
      language: "fr",
      sourceFormat: "html",
      url: server.url("/monde/bilan"),
      canonicalUrl: server.url("/monde/bilan"),
    });
    expect(article.outlet.name).toBe("Le Courrier du Caucase");
    expect(article.publishedAt.toISOString().slice(0, 10)).toBe("2022-11-02");
    expect(article.text).toContain(P2);
    expect(article.text).not.toContain("Accueil");
    const archives = await db().articleArchive.findMany({ where: { articleId: article.id } });
    expect(archives).toHaveLength(1);
    expect(archives[0]).toMatchObject({
      version: 1,
      requestedUrl: server.url("/short"),
      finalUrl: server.url("/monde/bilan?utm_source=twitter"),
      status: 200,
      contentType: "text/html",
      charset: "utf-8",
      html: current,
    });

    const tagged = { id: article.id, text: article.text };
    const count = { kind: "count", newFactLabel: "" };
    const kept = await tagPassage(editorId, tagged, "de nouveaux combats à la frontière ont fait 286 morts", {
      ...count,
      figure: "286 morts",
      lower: "286",
      upper: "286",
    });
    const flagged = await tagPassage(editorId, tagged, "La guerre de 2020 au Haut-Karabakh a fait 6 500 morts", {
      ...count,
      figure: "6 500",
      lower: "6500",
      upper: "6500",
    });
    const orphan = await tagPassage(editorId, tagged, "qui a déployé 1 960 soldats", {
      ...count,
      figure: "1 960 soldats",
      lower: "1960",
      upper: "1960",
    });

    // The outlet edits its page: a paragraph added, a figure changed, one removed.
    current = page(["Mise à jour : le bilan a été révisé.", P2, P1.replace("6 500", "6 700")]);
    const second = await importArticleFromUrl({ url: server.url("/amp/bilan") }, editorId);
    expect(second).toMatchObject({ articleId: article.id, created: false, changed: true, version: 2 });
    const status = new Map(second.claims.map((c) => [c.id, c]));
    expect(status.get(kept.id)).toMatchObject({ status: "reanchored", figureChanged: null });
    expect(status.get(flagged.id)).toMatchObject({
      status: "reanchored",
      figureChanged: { from: "6 500", to: "6 700" },
    });
    expect(status.get(orphan.id)).toMatchObject({ status: "orphan" });
    expect(await db().articleArchive.count({ where: { articleId: article.id } })).toBe(2);
    expect(await db().article.count({ where: { canonicalUrl: server.url("/monde/bilan") } })).toBe(1);

    // Fetched again unchanged: nothing new at all.
    const third = await refetchArticle(article.id, editorId);
    expect(third).toMatchObject({ changed: false, version: 2, archiveId: null });
    expect(await db().articleArchive.count({ where: { articleId: article.id } })).toBe(2);
    expect(await db().articleVersion.count({ where: { articleId: article.id } })).toBe(2);
  });

  it("refuses a page that does not say its date, naming the field, and stores nothing", async () => {
    const before = await db().article.count();
    const error = await refusal(importArticleFromUrl({ url: server.url("/undated") }, editorId));
    expect(error).toMatchObject({
      message: "fetch.import.publishedAtMissing",
      fieldErrors: { publishedAt: ["fetch.import.publishedAtMissing"] },
    });
    const ok = await importArticleFromUrl(
      { url: server.url("/undated"), publishedAt: "2022-11-03", outlet: "Sans Date", language: "fr" },
      editorId,
    );
    expect(ok.created).toBe(true);
    expect(await db().article.count()).toBe(before + 1);
  });

  it("refuses a failed fetch with its reason, storing nothing", async () => {
    const before = await Promise.all([db().article.count(), db().articleArchive.count()]);
    const error = await refusal(importArticleFromUrl({ url: server.url("/nowhere") }, editorId));
    expect(error).toBeInstanceOf(FetchRefusal);
    expect((error as FetchRefusal).reason).toBe("notFound");
    expect(await Promise.all([db().article.count(), db().articleArchive.count()])).toEqual(before);
  });
});
