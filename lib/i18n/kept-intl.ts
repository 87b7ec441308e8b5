// Intl objects (formatters, plural rules) are costly to make, tens of
// microseconds each, and a page or an export formats thousands of values: each
// is made once per locale and options, and kept. Used by lib/format,
// lib/figures and the reports' compiled messages.

const KEPT = new Map<string, unknown>();

/** The Intl object for `key` (its kind, locale and options), made by `make` the first time. */
export function keptIntl<T>(key: string, make: () => T): T {
  let made = KEPT.get(key) as T | undefined;
  if (made === undefined) KEPT.set(key, (made = make()));
  return made;
}
