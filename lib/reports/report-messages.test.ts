import { describe, expect, it } from "vitest";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { UI_LOCALES } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { fastMessages } from "./report-messages";

function keysOf(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

describe("the reports' fast messages", () => {
  for (const locale of UI_LOCALES) {
    for (const namespace of ["reports", "verdicts", "lists", "factPage"] as const) {
      it(`say exactly what next-intl says, ${namespace} in ${locale}`, () => {
        const t = translator(locale, namespace) as unknown as (key: string, values?: object) => string;
        const fast = fastMessages(locale, namespace);
        for (const [key, message] of keysOf(CATALOGS[locale][namespace])) {
          const names = [...message.matchAll(/\{(\w+)/g)].map((m) => m[1] as string);
          for (const sample of [(n: string) => `«${n}» <b>&`, () => 6500.5, () => 1]) {
            const values = Object.fromEntries(names.map((n) => [n, sample(n)]));
            expect(fast(key, values), `${key}`).toBe(t(key, values));
          }
        }
      });
    }
  }
});
