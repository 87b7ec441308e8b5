import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Sql } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import type { UiLocale } from "@/lib/i18n/locales";
import { said } from "@/lib/testing/refusal";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { exportWorkspace } from "./export-workspace";
import { WORKSPACE_VERSION } from "./file-format";
import { findWorkspaceData, importWorkspace } from "./import-workspace";
import { buildTestWorkspace } from "./testing/build-test-workspace";
import {
  bytesOf,
  countRows,
  dropDatabases,
  editRow,
  fileOf,
  freshDatabase,
  linesOf,
  readAll,
} from "./testing/workspace-files";

// Every refusal says what is wrong and leaves the database exactly as it was.

setUpTestDatabase();
let file: Buffer;
let lines: string[];
let target: Sql;

beforeAll(async () => {
  await buildTestWorkspace();
  file = await readAll(await exportWorkspace());
  lines = linesOf(file);
  target = (await freshDatabase()).client;
});

afterAll(dropDatabases);

async function refusal(data: Buffer | string, locale: UiLocale = "en"): Promise<string> {
  const error = await importWorkspace(bytesOf(data), target).then(
    () => null,
    (e: unknown) => e,
  );
  if (!isAppError(error)) throw new Error(`expected an AppError, got ${String(error)}`);
  // Nothing written, whatever went wrong and however far the import got.
  expect(await findWorkspaceData(target)).toEqual([]);
  expect(await countRows(target, "users")).toBe(0);
  return said(error, locale);
}

const lineOf = (table: string) => lines.findIndex((l) => l.startsWith(`{"table":"${table}"`)) + 1;

describe("files that are not workspaces", () => {
  it("refuses a file that is not gzip-compressed", async () => {
    expect(await refusal("id,name\n1,hello\n")).toMatch(/not a Recoupe workspace file: it is not gzip-compressed/);
    expect(await refusal("id,name\n1,hello\n", "fr")).toBe(
      "Ce n'est pas un fichier d'espace de travail Recoupe : il n'est pas compressé en gzip (les fichiers d'espace de travail se terminent par .recoupe.ndjson.gz). Rien n'a été importé.",
    );
  });

  it("refuses gzip that does not start with a workspace header", async () => {
    expect(await refusal(gzipSync("hello\n"))).toMatch(
      /not a Recoupe workspace file \(it does not start with a workspace header\)/,
    );
    expect(await refusal(gzipSync('{"format":"something-else"}\n'))).toMatch(/not a Recoupe workspace/);
    expect(await refusal(gzipSync(""))).toMatch(/The file is empty/);
    expect(await refusal(gzipSync(Buffer.from([0xff, 0xfe, 0x0a])))).toMatch(
      /^Line 1 is not UTF-8 text: this is not a Recoupe workspace file/,
    );
    expect(await refusal(gzipSync("x".repeat(100_000)))).toMatch(
      /^Line 1 is longer than a workspace file's lines can be/,
    );
  });

  it("refuses a file from a newer Recoupe, naming what is missing", async () => {
    const header = JSON.parse(lines[0] as string) as { migrations: string[]; version: number };
    const newerSchema = { ...header, migrations: [...header.migrations, "20990101000000_future"] };
    expect(await refusal(fileOf([JSON.stringify(newerSchema), ...lines.slice(1)]))).toMatch(
      /newer version of Recoupe: its database had migration 20990101000000_future, which this database has not/,
    );
    const twoNewer = { ...header, migrations: [...header.migrations, "20990101000000_future", "20990102000000_later"] };
    expect(await refusal(fileOf([JSON.stringify(twoNewer), ...lines.slice(1)]), "fr")).toMatch(
      /version plus récente de Recoupe : sa base de données avait les migrations 20990101000000_future, 20990102000000_later, que cette base de données n'a pas\..* Rien n'a été importé\.$/,
    );
    const newerFormat = { ...header, version: WORKSPACE_VERSION + 1 };
    expect(await refusal(fileOf([JSON.stringify(newerFormat), ...lines.slice(1)]))).toMatch(
      new RegExp(`workspace format ${WORKSPACE_VERSION + 1}; this one reads format ${WORKSPACE_VERSION}`),
    );
  });
});

describe("damaged files", () => {
  it("refuses a file cut short in the compressed data", async () => {
    expect(await refusal(file.subarray(0, Math.floor(file.length * 0.6)))).toMatch(
      /stops in the middle after line \d+: it was cut short/,
    );
  });

  it("refuses a file cut short at the end of a line, after loading rows it then drops", async () => {
    expect(await refusal(fileOf(lines.slice(0, -1)))).toMatch(
      new RegExp(`stops at line ${lines.length - 1} before the end of the workspace`),
    );
  });

  it("refuses a file with a missing row", async () => {
    const lastRevision = lines.length - 2; // nothing refers to a revision, so only the count can tell
    expect(await refusal(fileOf(lines.filter((_, i) => i !== lastRevision)))).toMatch(
      /says it holds \d+ revisions rows but has \d+/,
    );
    expect(await refusal(fileOf(lines.filter((_, i) => i !== lastRevision)), "fr")).toMatch(
      /^Le fichier annonce \d+ lignes dans la table revisions mais en contient \d+ : il est endommagé\. Rien n'a été importé\.$/,
    );
  });

  it("names a line that is not JSON", async () => {
    const broken = [...lines];
    broken[4] = `${broken[4]?.slice(0, 20)}`;
    expect(await refusal(fileOf(broken))).toMatch(/^Line 5 of the file is not valid JSON/);
  });

  it("names a row of the wrong shape", async () => {
    const bad = editRow(lines, "claims", (row) => (row.quote_start = "twelve"));
    expect(await refusal(fileOf(bad.lines))).toMatch(
      new RegExp(`^Line ${bad.line} \\(claims\\) is not a valid row: quote_start:`),
    );
    const extra = editRow(lines, "users", (row) => (row.password = "hash"));
    expect(await refusal(fileOf(extra.lines))).toMatch(
      new RegExp(`^Line ${extra.line} \\(users\\) is not a valid row: .*password`),
    );
  });

  it("names the line the database refuses", async () => {
    const bad = editRow(lines, "claims", (row) => (row.kind = "weight"));
    expect(await refusal(fileOf(bad.lines))).toMatch(
      new RegExp(`^Line ${bad.line} \\(claims\\) was refused by the database: .*claims_kind_check`),
    );
    const orphan = editRow(
      lines,
      "notes",
      (row) => (row.fact_id = row.claim_id = "00000000-0000-4000-8000-000000000000"),
    );
    expect(await refusal(fileOf(orphan.lines))).toMatch(
      /\(notes\) was refused by the database: .*(foreign key|notes_target_check)/,
    );
  });

  it("refuses rows out of order", async () => {
    const user = lines[lineOf("users") - 1] as string;
    expect(await refusal(fileOf([...lines.slice(0, -1), user, lines.at(-1) as string]))).toMatch(
      /a users row after the revisions rows; the file is out of order/,
    );
  });
});

describe("a workspace that is not empty", () => {
  it("refuses, naming what is there, and adds no one", async () => {
    const busy = (await freshDatabase()).client;
    await busy`INSERT INTO outlets (name) VALUES ('Already here')`;
    const error = await importWorkspace(bytesOf(file), busy).catch((e: unknown) => e);
    expect(isAppError(error) && said(error, "en")).toMatch(
      /This workspace is not empty: it already has outlets\. .*Nothing was imported/,
    );
    expect(isAppError(error) && said(error, "fr")).toMatch(
      /^Cet espace de travail n'est pas vide : il contient déjà des médias\. .*Rien n'a été importé\.$/,
    );
    expect(await countRows(busy, "users")).toBe(0);
    expect(await countRows(busy, "outlets")).toBe(1);
  });

  it("names the first kind of data in the reader's language and counts the others", async () => {
    const busy = (await freshDatabase()).client;
    await busy`INSERT INTO outlets (name) VALUES ('Déjà là')`;
    await busy`INSERT INTO entities (name) VALUES ('Erevan')`;
    // The entity's history row is data too: outlets, entities, revisions.
    expect(await findWorkspaceData(busy)).toEqual(["outlets", "revisions", "entities"]);
    const error = await importWorkspace(bytesOf(file), busy).catch((e: unknown) => e);
    expect(isAppError(error) && said(error, "en")).toMatch(/it already has outlets and 2 other kinds of data\. /);
    expect(isAppError(error) && said(error, "fr")).toMatch(
      /il contient déjà des médias et 2 autres types de données\. /,
    );
    expect(await countRows(busy, "outlets")).toBe(1);
    expect(await countRows(busy, "entities")).toBe(1);
  });
});
