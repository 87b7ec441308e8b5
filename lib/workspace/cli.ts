import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { createTranslator } from "next-intl";
import { closeDb } from "@/lib/db/client";
import { isAppError } from "@/lib/errors/app-error";
import { CATALOGS } from "@/lib/i18n/catalogs";
import { makeLocalize } from "@/lib/i18n/localize";
import { exportWorkspace } from "./export-workspace";
import { importWorkspace } from "./import-workspace";

// For operators, with DATABASE_URL pointing at the database:
//   npx tsx lib/workspace/cli.ts export <file>   writes a workspace file
//   npx tsx lib/workspace/cli.ts import <file>   restores one into an empty workspace
// Works before anyone can sign in, and has no upload size limit.

/** Refusals carry catalog keys; an operator's terminal reads them in English. */
const english = makeLocalize(
  createTranslator({ locale: "en", messages: CATALOGS.en, timeZone: "UTC" }) as unknown as Parameters<
    typeof makeLocalize
  >[0],
);

const USAGE = "Usage: npx tsx lib/workspace/cli.ts export <file> | import <file>   (DATABASE_URL names the database)";

async function exportTo(file: string): Promise<void> {
  const started = Date.now();
  // Written beside the target and renamed at the end, so an interrupted export
  // never leaves a file that looks complete.
  const partial = `${file}.partial`;
  try {
    const stream = await exportWorkspace();
    await pipeline(Readable.fromWeb(stream as NodeReadableStream<Uint8Array>), createWriteStream(partial));
    await rename(partial, file);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
  console.log(`Exported the workspace to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

async function importFrom(file: string): Promise<void> {
  const started = Date.now();
  const result = await importWorkspace(createReadStream(file));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`Imported ${file} in ${seconds} s:`);
  for (const [table, count] of Object.entries(result.rows)) console.log(`  ${table.padEnd(12)} ${count}`);
  if (result.usersMatched > 0) {
    console.log(
      `${result.usersMatched} user(s) already had an account here (same email) and kept it; their work is attributed to it.`,
    );
  }
  if (result.usersWithoutPassword > 0) {
    console.log(
      `${result.usersWithoutPassword} user(s) cannot sign in yet: backups carry no passwords. An administrator sets one for each under Users.`,
    );
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, file] = argv;
  if (!file || (command !== "export" && command !== "import")) {
    console.error(USAGE);
    return 2;
  }
  if (!process.env.DATABASE_URL) {
    console.error(`DATABASE_URL is not set.\n${USAGE}`);
    return 2;
  }
  try {
    if (command === "export") await exportTo(file);
    else await importFrom(file);
    return 0;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (isAppError(error)) console.error(english(error.message, error.values));
    else if (code === "ENOENT") console.error(`No such file: ${file}`);
    else console.error(error instanceof Error ? error.message : String(error));
    return 1;
  } finally {
    await closeDb();
  }
}

process.exitCode = await main(process.argv.slice(2));
