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

// RECOUPE_FETCH_TIMEOUT_SECONDS: the longest a whole fetch may take (30 by
// default), for a slow intranet or for tests that wait on a server that never
// answers. RECOUPE_FETCH_PRIVATE_HOSTS: host names (comma-separated) trusted to
// be on a private network while every other private address stays refused.

const timeoutSeconds = z.coerce
  .number({ message: "RECOUPE_FETCH_TIMEOUT_SECONDS must be a number of seconds" })
  .int("RECOUPE_FETCH_TIMEOUT_SECONDS must be a whole number of seconds")
  .min(1, "RECOUPE_FETCH_TIMEOUT_SECONDS must be at least 1")
  .max(300, "RECOUPE_FETCH_TIMEOUT_SECONDS must be at most 300");

export function fetchTimeoutMs(source: Record<string, string | undefined> = process.env): number | null {
  const raw = source.RECOUPE_FETCH_TIMEOUT_SECONDS;
  if (raw === undefined || raw.trim() === "") return null;
  const parsed = timeoutSeconds.safeParse(raw.trim());
  if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid RECOUPE_FETCH_TIMEOUT_SECONDS");
  return parsed.data * 1000;
}

const hostName = z
  .string()
  .regex(/^[a-z0-9.-]+$|^\[[0-9a-f:.]+\]$/i, "RECOUPE_FETCH_PRIVATE_HOSTS lists host names separated by commas");

export function fetchPrivateHosts(source: Record<string, string | undefined> = process.env): string[] {
  const raw = source.RECOUPE_FETCH_PRIVATE_HOSTS;
  if (raw === undefined || raw.trim() === "") return [];
  return raw
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean)
    .map((h) => {
      const parsed = hostName.safeParse(h);
      if (!parsed.success) throw new Error(parsed.error.issues[0]?.message ?? "Invalid RECOUPE_FETCH_PRIVATE_HOSTS");
      return parsed.data;
    });
}
