import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../db/embedded";
import { migrate } from "../db/migrate";

// Vitest global setup for the database tests. They run against a real
// PostgreSQL: the one named by RECOUPE_TEST_PG_URL (CI uses the machine's server
// at 127.0.0.1:5432), or else an embedded one started here in a temporary folder.
// A migrated template database is made once; each test file clones its own from
// it, and only databases created here are ever dropped.

declare module "vitest" {
  export interface ProvidedContext {
    pgAdminUrl: string;
    pgTemplate: string;
  }
}

let embedded: EmbeddedDatabase | undefined;
let tempDir: string | undefined;
let adminUrl: string;
let template: string;

export function databaseUrl(admin: string, database: string): string {
  const url = new URL(admin);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function setup(project: TestProject) {
  adminUrl = process.env.RECOUPE_TEST_PG_URL ?? "";
  if (!adminUrl) {
    tempDir = await mkdtemp(path.join(os.tmpdir(), "recoupe-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir: tempDir, port: 0 });
    adminUrl = embedded.adminUrl;
  }
  template = `recoupe_test_tpl_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`CREATE DATABASE "${template}"`);
  } finally {
    await admin.end();
  }
  await migrate(databaseUrl(adminUrl, template));
  project.provide("pgAdminUrl", adminUrl);
  project.provide("pgTemplate", template);
}

export async function teardown() {
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    await admin.unsafe(`DROP DATABASE IF EXISTS "${template}" WITH (FORCE)`);
  } finally {
    await admin.end();
  }
  if (embedded) await embedded.stop();
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
}
