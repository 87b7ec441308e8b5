import { describe, expect, it } from "vitest";
import { addNoteSchema } from "@/lib/notes/schema";
import { createFactSchema } from "@/lib/facts/schema";
import { firstUnstorable, isStorable } from "./storable";

describe("storable text", () => {
  it("refuses NUL and unpaired surrogates, accepts any other Unicode", () => {
    expect(isStorable("6 500 morts — 😀 Ա 👨‍👩‍👧")).toBe(true);
    expect(isStorable("a\u0000b")).toBe(false);
    expect(isStorable("a\ud800b")).toBe(false);
  });

  it("finds the position of the first character that cannot be stored", () => {
    expect(firstUnstorable("fine 😀")).toBe(0);
    expect(firstUnstorable("ab\u0000c")).toBe(3);
    expect(firstUnstorable("😀x\udc00")).toBe(4);
    expect(firstUnstorable("\ud800\u0000")).toBe(1);
  });

  it("gives the field and the position in every schema that stores text", () => {
    const note = addNoteSchema.safeParse({ body: "bad\u0000note", factId: "7d4f2a34-5f0c-4a8e-9a4c-2f1b1e3c5d6e" });
    expect(note.error?.issues[0]).toMatchObject({
      path: ["body"],
      message: "errors.text.unstorable",
      params: { field: "body", position: 4, character: "nul" },
    });
    const fact = createFactSchema.safeParse({ label: "Deaths \udc00", kind: "count" });
    expect(fact.error?.issues[0]).toMatchObject({ path: ["label"], params: { character: "surrogate" } });
  });
});
