import { randomBytes } from "node:crypto";
import postgres from "postgres";
import { afterAll, beforeAll, inject } from "vitest";
import { closeDb } from "../db/client";
import { databaseUrl } from "./postgres-global";

// Each database test file works in a database of its own, cloned from the
// migrated template, named recoupe_test_*, and dropped afterwards.

export async function createTestDatabase(
  options: { empty?: boolean } = {},
): Promise<{ url: string; name: string; drop: () => Promise<void> }> {
  const adminUrl = inject("pgAdminUrl");
  const name = `recoupe_test_${process.pid}_${randomBytes(4).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => undefined });
  try {
    const template = options.empty ? "template0" : inject("pgTemplate");
    await admin.unsafe(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  } finally {
    await admin.end();
  }
  return {
    url: databaseUrl(adminUrl, name),
    name,
    drop: async () => {
      const again = postgres(adminUrl, { max: 1, onnotice: () => undefined });
      try {
        await again.unsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      } finally {
        await again.end();
      }
    },
  };
}

/** Points lib/db at a fresh migrated database for the whole test file. */
export function setUpTestDatabase(): { url: () => string } {
  let db: Awaited<ReturnType<typeof createTestDatabase>> | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
    process.env.DATABASE_URL = db.url;
  });
  afterAll(async () => {
    await closeDb();
    await db?.drop();
  });
  return {
    url: () => {
      if (!db) throw new Error("The test database is not ready yet");
      return db.url;
    },
  };
}
