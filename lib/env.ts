import { z } from "zod";

// The environment is read once, here. A bad variable stops the process with a
// message that names it, instead of failing later somewhere obscure.

const flag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"])
  .transform((v) => ["1", "true", "on", "yes"].includes(v));

const postgresUrl = z.string().regex(/^postgres(ql)?:\/\//, "must be a postgres:// or postgresql:// URL");

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl.optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Load the seed articles and the demo accounts. Defaults to on only for the
   * local quick start (no DATABASE_URL): a real database is never seeded with
   * accounts whose passwords are in the README unless asked for. */
  RECOUPE_SEED: flag.optional(),
  /** Public address of the app; cookies are Secure when it is https. */
  RECOUPE_BASE_URL: z.url().optional(),
  /** Secret that signs session cookies; generated and kept in the database when absent. */
  RECOUPE_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The first administrator of a production install. */
  RECOUPE_ADMIN_EMAIL: z.email().optional(),
  RECOUPE_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  /** Reverse proxies in front of the app that append to X-Forwarded-For: the
   * client's address is taken that many entries from the right. 0 (no proxy):
   * the connection's own address, and X-Forwarded-For is never read. */
  RECOUPE_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Where the embedded PostgreSQL keeps its data when DATABASE_URL is not set. */
  RECOUPE_DATA_DIR: z.string().min(1).optional(),
});

const withDefaults = schema.transform((e) => ({ ...e, RECOUPE_SEED: e.RECOUPE_SEED ?? !e.DATABASE_URL }));

export type Env = z.output<typeof withDefaults>;

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings mean "not set", as shells and .env files produce them.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== ""));
  const result = withDefaults.safeParse(cleaned);
  if (result.success) return result.data;
  const lines = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new Error(`Invalid environment:\n${lines.join("\n")}`);
}

let cached: Env | undefined;

export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
