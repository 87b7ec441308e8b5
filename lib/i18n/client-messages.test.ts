import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs";
import {
  CLIENT_NAMESPACES,
  CLIENT_SEGMENTS,
  isSent,
  pickMessages,
  segmentNamespaces,
  type ClientSegment,
} from "./client-messages";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sources(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [file] : [];
  });
}

/** The file an import specifier names, if it is one of ours. */
function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/")
    ? specifier.slice(2)
    : specifier.startsWith(".")
      ? path.join(path.dirname(from), specifier)
      : null;
  if (base === null) return null;
  for (const candidate of [
    base,
    `${base}.ts`,
    `${base}.tsx`,
    path.join(base, "index.ts"),
    path.join(base, "index.tsx"),
  ]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return path.normalize(candidate);
  }
  return null;
}

/** The nearest route directory holding a file that sends its own catalog parts. */
function segmentOf(file: string): ClientSegment | null {
  for (let dir = path.dirname(file); dir !== "." && dir !== path.sep; dir = path.dirname(dir)) {
    if ((CLIENT_SEGMENTS as string[]).includes(dir)) return dir as ClientSegment;
  }
  return null;
}

describe("the catalog parts sent to the browser", () => {
  const files = [...sources("app"), ...sources("lib")].map((f) => path.normalize(f));
  const used = new Map<string, Set<string>>();
  const unnamed: string[] = [];
  const importers = new Map<string, Set<string>>();
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    for (const m of text.matchAll(/useTranslations\(\s*(["'`])([^"'`]*)\1\s*\)/g)) {
      if (!used.has(file)) used.set(file, new Set());
      used.get(file)?.add(m[2]!);
    }
    // A hook without a literal namespace could read anything: not allowed in components.
    if (/useTranslations\(\s*\)|useTranslations\(\s*[^"'`\s)]/.test(text)) unnamed.push(file);
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const target = resolveImport(file, m[1]!);
      if (!target) continue;
      if (!importers.has(target)) importers.set(target, new Set());
      importers.get(target)?.add(file);
    }
  }

  /** Why a namespace read in `file` may be missing on some page (null: sent wherever the file runs). */
  function missing(file: string, ns: string, seen = new Set<string>()): string | null {
    if (isSent(ns, segmentNamespaces(segmentOf(file)))) return null;
    if (seen.has(file)) return null;
    seen.add(file);
    const by = [...(importers.get(file) ?? [])];
    if (by.length === 0) return `${file}: ${ns}`;
    for (const importer of by) {
      const why = missing(importer, ns, seen);
      if (why) return `${why} (through ${file})`;
    }
    return null;
  }

  it("hold every namespace a component asks for with useTranslations, on the pages it runs on", () => {
    expect(unnamed).toEqual([]);
    expect(used.size).toBeGreaterThan(10);
    const all = [...used.values()].flatMap((s) => [...s]);
    expect(all.filter((ns) => !isSent(ns))).toEqual([]);
    const gaps = [...used].flatMap(([file, namespaces]) => [...namespaces].map((ns) => missing(file, ns)));
    expect(gaps.filter(Boolean)).toEqual([]);
  });

  it("are sent by each route's own layout", () => {
    for (const segment of CLIENT_SEGMENTS) {
      const layout = path.join(segment, "layout.tsx");
      expect(existsSync(layout), layout).toBe(true);
      expect(readFileSync(layout, "utf8")).toContain(`<ClientMessages segment="${segment}">`);
    }
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
      // What every page carries is a small part of that.
      const global = pickMessages(all, segmentNamespaces(null));
      expect(JSON.stringify(global).length).toBeLessThan(0.15 * JSON.stringify(sent).length);
    }
  });

  it("keep the shape of the catalog", () => {
    const tree = { a: { b: { c: "x", d: "y" }, e: "z" }, f: "w" };
    expect(pickMessages(tree, ["a.b.c", "f", "missing.key"])).toEqual({ a: { b: { c: "x" } }, f: "w" });
  });
});
