import { describe, expect, it } from "vitest";
import { diffMismatch, previewQuote, showInvisibles } from "./quote-mismatch";

describe("showing why a quote does not match", () => {
  it("makes line breaks and special spaces visible", () => {
    expect(showInvisibles("6\u00a0500\r\nmorts\t")).toBe("6°500←⏎morts⇥");
  });

  it("marks what only the sent quote holds and what only the article holds", () => {
    const pieces = diffMismatch("plus de 6 700", "plus de 6\u00a0700");
    expect(pieces.filter((p) => p.side === "sent").map((p) => p.text)).toEqual(["·"]);
    expect(pieces.filter((p) => p.side === "found").map((p) => p.text)).toEqual(["°"]);
    expect(
      pieces
        .filter((p) => p.side === "both")
        .map((p) => p.text)
        .join(""),
    ).toBe("plus de 6700");
  });

  it("shortens long previews by characters, not halves of emoji", () => {
    expect([...previewQuote("🙂".repeat(80), 10)]).toHaveLength(10);
  });
});
