import { describe, expect, it } from "vitest";
import { addNoteSchema } from "@/lib/notes/schema";
import { createFactSchema } from "@/lib/facts/schema";
import { isStorable } from "./storable";

describe("storable text", () => {
  it("refuses NUL and unpaired surrogates, accepts any other Unicode", () => {
    expect(isStorable("6 500 morts — 😀 Ա")).toBe(true);
    expect(isStorable("a\u0000b")).toBe(false);
    expect(isStorable("a\ud800b")).toBe(false);
  });

  it("gives the field a message in every schema that stores text", () => {
    const note = addNoteSchema.safeParse({ body: "bad\u0000note", factId: "7d4f2a34-5f0c-4a8e-9a4c-2f1b1e3c5d6e" });
    expect(note.error?.issues[0]?.message).toBe(
      "The note contains an invalid character (NUL or an unpaired UTF-16 surrogate). Type it again.",
    );
    const fact = createFactSchema.safeParse({ label: "Deaths \udc00", kind: "count" });
    expect(fact.error?.issues[0]?.path).toEqual(["label"]);
  });
});
