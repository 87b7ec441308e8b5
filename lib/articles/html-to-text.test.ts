import { describe, expect, it } from "vitest";
import { htmlToText, markdownToText, readHtmlMetadata } from "./html-to-text";

const page = `<!doctype html><html lang="fr"><head>
<title>Le Monde - Karabakh</title>
<meta property="og:title" content="Haut-Karabakh : 6 500 morts">
<meta property="article:published_time" content="2022-10-31T10:00:00Z">
<script>window.evil = 1</script>
</head><body onload="alert(1)">
<nav><a href="/">Accueil</a></nav>
<article>
<h1>Haut-Karabakh : 6 500 morts</h1>
<p onclick="steal()">En 2020, la guerre a fait <strong>6 500</strong> morts des deux côtés, selon les bilans officiels publiés après le cessez-le-feu.</p>
<figure><img src="x.jpg" onerror="alert(2)"><figcaption>Photo prise le 31 octobre 2022 (AFP)</figcaption></figure>
<p>Un lien <a href="javascript:alert(3)">piégé</a> et un <a href="https://example.org">vrai lien</a>, dans un paragraphe assez long pour être lu comme du texte d'article par Readability.</p>
<script>document.cookie</script>
<style>p { color: red }</style>
</article>
<footer>Tous droits réservés</footer>
</body></html>`;

describe("htmlToText", () => {
  it("keeps the story's text, paragraph by paragraph", () => {
    const text = htmlToText(page);
    expect(text).toContain("En 2020, la guerre a fait 6 500 morts des deux côtés");
    expect(text).toContain("Un lien piégé et un vrai lien");
    expect(text.split("\n\n").length).toBeGreaterThanOrEqual(2);
  });

  it("never keeps scripts, styles, handlers, captions, navigation or footers", () => {
    const text = htmlToText(page);
    expect(text).not.toMatch(/evil|document\.cookie|alert|steal|color: red|Accueil|Photo prise|Tous droits/);
    expect(text).not.toContain("javascript:");
  });

  it("reads the page's metadata without running anything", () => {
    expect(readHtmlMetadata(page)).toEqual({ title: "Haut-Karabakh : 6 500 morts", url: undefined });
  });

  it("keeps table cells apart", () => {
    expect(
      htmlToText(
        "<table><tr><th>Camp</th><th>Morts</th></tr><tr><td>Arménie</td><td>3 825</td><td>2 906</td></tr></table>",
      ),
    ).toBe("Camp Morts\n\nArménie 3 825 2 906");
  });

  it("falls back to the whole body for a fragment Readability cannot use", () => {
    expect(htmlToText("<p>286 morts.</p>")).toBe("286 morts.");
  });
});

describe("markdownToText", () => {
  it("drops the markup, keeps the words", () => {
    const text = markdownToText(
      "# Titre\n\nPlus de **6 700** personnes, selon [AP](https://apnews.com).\n\n- un\n- deux",
    );
    expect(text).toBe("Titre\n\nPlus de 6 700 personnes, selon AP.\n\nun\n\ndeux");
  });
});
