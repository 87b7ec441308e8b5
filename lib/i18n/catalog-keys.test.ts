import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGS } from "./catalogs";
import { UI_LOCALES } from "./locales";

// t("…") calls are typed against the English catalog, but a refusal's message
// (new AppError(code, "users.errors.emailTaken"), z.string().min(1, "…")) is a
// plain string, translated later by the wrappers: a typo there would reach the
// user as the key itself. This reads every source file for string literals
// shaped like a catalog key (a namespace of the catalogs, then dotted names)
// and checks each one names a message in every language. A literal may also be
// relative to a namespace the same file asks for (useTranslations("users")
// then t("errors.giveName")).

const ROOT = path.resolve(__dirname, "../..");
const SOURCES = ["app", "lib"];
const SKIP = /(\.test\.tsx?|\.d\.ts)$|[/\\](generated|messages|node_modules)[/\\]/;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP.test(`${full}/`) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !SKIP.test(full) ? [full] : [];
  });
}

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split(".")) {
    if (node === undefined || typeof node === "string") return undefined;
    node = node[part];
  }
  return node;
}

const NAMESPACES = Object.keys(CATALOGS.en);
const KEY_LITERAL = new RegExp(`["'\`]((?:${NAMESPACES.join("|")})(?:\\.[A-Za-z0-9_]+)+)["'\`]`, "g");
const FILE_NAME = /\.(json|tsx?|mjs|md|css|txt|html|sql)$/;
const NAMESPACE_ARG = /(?:useTranslations|getTranslations|translator)\(\s*(?:[\w.]+\s*,\s*)?["'`]([\w.]+)["'`]/g;

function keysUsed(): { file: string; key: string; namespaces: string[] }[] {
  return SOURCES.flatMap((dir) => sourceFiles(path.join(ROOT, dir))).flatMap((file) => {
    const source = readFileSync(file, "utf8");
    const namespaces = [...source.matchAll(NAMESPACE_ARG)].map((m) => m[1] ?? "");
    // A file name ("aliases.json") has the shape of a key but is not one.
    return [...source.matchAll(KEY_LITERAL)]
      .filter((m) => !FILE_NAME.test(m[1] ?? ""))
      .map((m) => ({
        file: path.relative(ROOT, file),
        key: m[1] ?? "",
        namespaces,
      }));
  });
}

describe("catalog keys written as strings in the code", () => {
  const used = keysUsed();

  it("finds the keys that refusals use", () => {
    expect(used.map((u) => u.key)).toContain("users.errors.emailTaken");
    expect(used.map((u) => u.key)).toContain("errors.fieldsNeedAttention");
  });

  it.each(UI_LOCALES)("each names a message, or a namespace asked for, in %s", (locale) => {
    const catalog = CATALOGS[locale] as unknown as Tree;
    const missing = used.filter(({ key, namespaces }) => {
      if (typeof lookup(catalog, key) === "string") return false;
      if (namespaces.includes(key) && lookup(catalog, key) !== undefined) return false;
      return !namespaces.some((ns) => typeof lookup(catalog, `${ns}.${key}`) === "string");
    });
    expect(missing.map((m) => `${m.file}: ${m.key}`)).toEqual([]);
  });
});
