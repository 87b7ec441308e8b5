import type { z } from "zod";
import { hasLoneSurrogate } from "@/lib/anchors/offsets";

// PostgreSQL cannot store a NUL character, and an unpaired UTF-16 surrogate
// would silently become U+FFFD. Text fields refuse both with a message naming
// the field and where the character is, rather than failing in the database or
// changing what was typed.

export function isStorable(value: string): boolean {
  return !value.includes("\u0000") && !hasLoneSurrogate(value);
}

/** The 1-based position (in characters) of the first character that cannot be stored, or 0. */
export function firstUnstorable(value: string): number {
  const nul = value.indexOf("\u0000");
  let lone = -1;
  if (hasLoneSurrogate(value)) {
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      const high = c >= 0xd800 && c <= 0xdbff;
      const low = c >= 0xdc00 && c <= 0xdfff;
      const next = value.charCodeAt(i + 1);
      if (high && next >= 0xdc00 && next <= 0xdfff) {
        i++;
        continue;
      }
      if (high || low) {
        lone = i;
        break;
      }
    }
  }
  const first = [nul, lone].filter((i) => i >= 0);
  return first.length ? Math.min(...first) + 1 : 0;
}

/** Arguments for zod's .refine(), with a message in English: prefer storableField(). */
export function storable(label: string): [(value: string) => boolean, string] {
  return [isStorable, `${label} contains an invalid character (NUL or an unpaired UTF-16 surrogate). Type it again.`];
}

/**
 * For zod's .superRefine(): `z.string().superRefine(storableField("unit"))`. The
 * message (errors.text.unstorable) names the field and the character's position.
 */
export function storableField(field: string) {
  return (value: string, ctx: z.RefinementCtx) => {
    const position = firstUnstorable(value);
    if (position === 0) return;
    const character = value.charCodeAt(position - 1) === 0 ? "nul" : "surrogate";
    ctx.addIssue({ code: "custom", message: "errors.text.unstorable", params: { field, position, character } });
  };
}
