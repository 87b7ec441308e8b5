import { randomBytes } from "node:crypto";
import { sql } from "@/lib/db/client";

// The secret that signs session cookies must be the same on every app server.
// Given in RECOUPE_AUTH_SECRET it is used as is; otherwise the first server to
// start generates one and keeps it in the database, where the others find it.

export async function resolveAuthSecret(fromEnv: string | undefined): Promise<string> {
  if (fromEnv) return fromEnv;
  const candidate = randomBytes(32).toString("base64url");
  await sql()`
    INSERT INTO settings (key, value) VALUES ('auth_secret', ${candidate})
    ON CONFLICT (key) DO NOTHING`;
  const [row] = await sql()<{ value: string }[]>`SELECT value FROM settings WHERE key = 'auth_secret'`;
  if (!row) throw new Error("Could not read the session secret from the settings table");
  return row.value;
}
