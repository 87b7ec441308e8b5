import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs";
import { CLIENT_NAMESPACES, isSent, pickMessages } from "./client-messages";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

describe("the catalog parts sent to the browser", () => {
  const used = new Set<string>();
  const unnamed: string[] = [];
  for (const file of [...sources("app"), ...sources("lib")]) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/useTranslations\(\s*(["'`])([^"'`]*)\1\s*\)/g)) used.add(m[2]!);
    // A hook without a literal namespace could read anything: not allowed in components.
    if (/useTranslations\(\s*\)|useTranslations\(\s*[^"'`\s)]/.test(text)) unnamed.push(file);
  }

  it("hold every namespace a component asks for with useTranslations", () => {
    expect(unnamed).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((ns) => !isSent(ns))).toEqual([]);
  });

  it("exist in both catalogs, and are a small part of them", () => {
    for (const locale of ["en", "fr"] as const) {
      const all = CATALOGS[locale] as unknown as Parameters<typeof pickMessages>[0];
      const sent = pickMessages(all, CLIENT_NAMESPACES);
      for (const ns of CLIENT_NAMESPACES) {
        const value = ns.split(".").reduce<unknown>((o, k) => (o as Record<string, unknown>)?.[k], sent);
        expect(value, `${locale}: ${ns}`).toBeTypeOf("object");
      }
      expect(JSON.stringify(sent).length).toBeLessThan(0.8 * JSON.stringify(all).length);
    }
  });

  it("keep the shape of the catalog", () => {
    const tree = { a: { b: { c: "x", d: "y" }, e: "z" }, f: "w" };
    expect(pickMessages(tree, ["a.b.c", "f", "missing.key"])).toEqual({ a: { b: { c: "x" } }, f: "w" });
  });
});
