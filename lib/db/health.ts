import postgres from "postgres";

// Whether the database answers, within a bounded time: the health route, and
// the server's gate that shows the "database unavailable" page, ask here. One
// small connection of its own, so that a saturated or broken pool elsewhere
// does not make the answer wait, and a check in flight is shared by everyone
// asking at the same moment.

export type DatabaseHealth = "ok" | "unavailable";

/** The longest a check may take before the database counts as unavailable. */
export const HEALTH_TIMEOUT_MS = 800;

type Probe = { url: string; sql: postgres.Sql; inFlight?: Promise<DatabaseHealth> };
const holder = globalThis as unknown as { __recoupeHealthProbe?: Probe };

function probe(url: string): Probe {
  const current = holder.__recoupeHealthProbe;
  if (current && current.url === url) return current;
  const created: Probe = {
    url,
    sql: postgres(url, { max: 1, connect_timeout: 1, idle_timeout: 30, max_lifetime: 600, onnotice: () => undefined }),
  };
  holder.__recoupeHealthProbe = created;
  return created;
}

async function check(p: Probe, timeoutMs: number): Promise<DatabaseHealth> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), timeoutMs);
  });
  try {
    const answer = await Promise.race([p.sql`SELECT 1`.then(() => "ok" as const), timeout]);
    if (answer === "ok") return "ok";
    // A connection that hangs is dropped, so that the next check starts afresh.
    holder.__recoupeHealthProbe = undefined;
    void p.sql.end({ timeout: 0 }).catch(() => undefined);
    return "unavailable";
  } catch {
    return "unavailable";
  } finally {
    clearTimeout(timer);
  }
}

/** "ok" when the database answered within timeoutMs. Never throws. */
export function checkDatabase(url = process.env.DATABASE_URL, timeoutMs = HEALTH_TIMEOUT_MS): Promise<DatabaseHealth> {
  if (!url) return Promise.resolve("unavailable");
  const p = probe(url);
  p.inFlight ??= check(p, timeoutMs).finally(() => {
    p.inFlight = undefined;
  });
  return p.inFlight;
}
