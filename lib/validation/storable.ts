import { hasLoneSurrogate } from "@/lib/anchors/offsets";

// PostgreSQL cannot store a NUL character, and an unpaired UTF-16 surrogate
// would silently become U+FFFD. Text fields refuse both with a message naming
// the field, rather than failing in the database or changing what was typed.

export function isStorable(value: string): boolean {
  return !value.includes("\u0000") && !hasLoneSurrogate(value);
}

/** Arguments for zod's .refine(): `z.string().refine(...storable("The note"))`. */
export function storable(label: string): [(value: string) => boolean, string] {
  return [isStorable, `${label} contains an invalid character (NUL or an unpaired UTF-16 surrogate). Type it again.`];
}
