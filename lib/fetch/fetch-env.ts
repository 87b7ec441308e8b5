import { z } from "zod";

// RECOUPE_FETCH_ALLOW_PRIVATE lets the server fetch loopback and private
// addresses: for tests against a local web server, or an intranet install
// that imports from its own network. Read here rather than in lib/env.ts so
// that tests can set it per file; the value is checked the same way.

const flag = z
  .enum(["1", "0", "true", "false", "on", "off", "yes", "no"], {
    message: "RECOUPE_FETCH_ALLOW_PRIVATE must be one of 1, 0, true, false, on, off, yes, no",
  })
  .transform((v) => ["1", "true", "on", "yes"].includes(v));

export function fetchAllowsPrivate(source: Record<string, string | undefined> = process.env): boolean {
  const raw = source.RECOUPE_FETCH_ALLOW_PRIVATE;
  if (raw === undefined || raw === "") return false;
  const parsed = flag.safeParse(raw.toLowerCase());
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid RECOUPE_FETCH_ALLOW_PRIVATE");
  return parsed.data;
}
