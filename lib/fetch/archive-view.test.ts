import { describe, expect, it } from "vitest";
import { sanitizeArchive } from "./archive-view";

describe("sanitizeArchive", () => {
  const page = `<html><head><title>T</title><script>alert(1)</script><link rel="stylesheet" href="/s.css"><style>p{}</style></head>
<body onload="x()"><h1 style="color:red">Bilan</h1>
<p>Plus de <b>6 700</b> morts. <a href="/monde/suite" onclick="steal()">Suite</a> <a href="javascript:alert(2)">piège</a></p>
<img src="https://tracker.example/pixel.gif" alt="Des soldats à Stepanakert"><img src="x.png">
<iframe src="https://ads.example"></iframe><form action="/login"><input name="u"><button>OK</button></form>
<svg><image href="https://x.example/a.png"/></svg><video src="v.mp4"></video>
<table><tr><td colspan="2" background="https://x.example/bg.png">6 500</td></tr></table></body></html>`;
  const clean = sanitizeArchive(page, "https://www.lecourrier.example/monde/bilan");

  it("removes everything that runs or loads something", () => {
    for (const bad of [
      "<script",
      "alert",
      "<style",
      "<link",
      "<iframe",
      "<form",
      "<input",
      "<svg",
      "<video",
      "<img",
      "onload",
      "onclick",
      "style=",
      "background",
      "tracker.example",
      "javascript:",
    ]) {
      expect(clean).not.toContain(bad);
    }
  });

  it("keeps the page's text and structure, an image's description, and links to the outlet", () => {
    expect(clean).toContain("<h3>Bilan</h3>");
    expect(clean).toContain("Plus de <b>6 700</b> morts.");
    expect(clean).toContain('<span class="archived-image">[Des soldats à Stepanakert]</span>');
    expect(clean).toContain(
      '<a href="https://www.lecourrier.example/monde/suite" rel="noopener noreferrer nofollow" target="_blank" referrerpolicy="no-referrer">Suite</a>',
    );
    expect(clean).toContain("<a>piège</a>");
    expect(clean).toContain('<td colspan="2">6 500</td>');
  });
});
