import { marked } from "marked";
import { describe, expect, it } from "vitest";
import { inlineText, textLines } from "./markdown-text";

// A Markdown renderer (marked, with GitHub's extensions) is the judge: the
// escaped text must render as one paragraph holding exactly the text given,
// with no element of its own.

const decode = (html: string) =>
  html
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, "&");

/** The elements a rendering holds, and its text. */
function render(markdown: string): { tags: string[]; text: string } {
  const html = marked.parse(markdown, { gfm: true, async: false }).trim();
  const tags = [...html.matchAll(/<([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase());
  return { tags, text: decode(html.replace(/<\/?p>/g, "")) };
}

const PAYLOADS = [
  "[x](javascript:alert(1))",
  "[click](https://evil.example/phish)",
  "![beacon](https://tracker.example/pixel.png?u=1)",
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "see https://evil.example/a and http://evil.example",
  "www.evil.example/login",
  "write to chief@evil.example",
  "&lt;b&gt; and &#60;i&#62;",
  "# a heading",
  "## another",
  "> a quote",
  "- a list item",
  "+ another",
  "* and another",
  "1. numbered",
  "2) numbered too",
  "---",
  "===",
  "*emphasis* and **strong** and _under_",
  "`code` and ``more``",
  "~~struck~~",
  "a | b | c",
  "back\\slash \\[ and \\*",
  "[ref]: https://evil.example",
  "<https://evil.example>",
  "Plus de 6 700 morts, selon l'AP (31 octobre 2022).",
  "Au moins 99 soldats — « des pertes lourdes »",
  "-5 degrees, 3 < 5 & 6 > 4",
  "«Pachinian» / Pashinyan : 2,5 % d'écart",
];

describe("user text as Markdown", () => {
  it.each(PAYLOADS)("renders %j as exactly its text, on a line of its own or inside one", (payload) => {
    for (const markdown of [textLines(payload).join("\n"), `Note: ${inlineText(payload)}`]) {
      const { tags, text } = render(markdown);
      expect(tags).toEqual(["p"]);
      expect(text.replace(/^Note: /, "")).toBe(payload);
    }
  });

  it("keeps a label on one line: a line break cannot add a heading or a list", () => {
    const label = "Tués pendant la guerre\n## Faux titre\n- point";
    const out = inlineText(label);
    expect(out).not.toContain("\n");
    const { tags, text } = render(`## ${out}`);
    expect(tags).toEqual(["h2"]);
    expect(text).toContain("Tués pendant la guerre ## Faux titre - point");
  });

  it("keeps a quote's lines, each as text inside the block quote", () => {
    const quote = "Premier paragraphe [x](javascript:1)\n# titre\n> cité\nhttps://evil.example";
    const markdown = textLines(quote)
      .map((l) => `> ${l}`)
      .join("\n");
    const html = marked.parse(markdown, { gfm: true, async: false });
    expect(html).not.toMatch(/<(a|img|h\d|ul|ol|script)\b/);
    expect(html.match(/<blockquote>/g)).toHaveLength(1);
    expect(decode(html)).toContain("Premier paragraphe [x](javascript:1)");
    expect(decode(html)).toContain("# titre");
  });

  it("leaves ordinary newsroom text readable: no escape where nothing could become markup", () => {
    expect(inlineText("Plus de 6 700 morts, selon l'AP (31 octobre 2022).")).toBe(
      "Plus de 6 700 morts, selon l'AP (31 octobre 2022).",
    );
    expect(inlineText("2,5 % : 286 morts")).toBe("2,5 % : 286 morts");
  });
});
