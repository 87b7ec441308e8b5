import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { isAlive, leftovers, postmasterPid, startApp, waitFor } from "./app-process";

// `npm start` stops everything (the web server, then the embedded PostgreSQL,
// cleanly) on SIGTERM, SIGINT or SIGHUP, whether the signal goes to the npm
// process alone (what a process manager or `docker stop` does) or to its whole
// group (Ctrl-C, a closed terminal), within 15 seconds; nothing is left behind
// under PID 1, and the next start works on the same data directory.

const SIGNALS = ["SIGTERM", "SIGINT", "SIGHUP"] as const;
const STOP_DEADLINE_MS = 15_000; // what the README promises

test.describe.configure({ mode: "serial" });

for (const [i, signal] of SIGNALS.entries()) {
  for (const target of ["npm alone", "the whole group"] as const) {
    test(`${signal} to ${target} stops everything, the database last and cleanly`, async () => {
      test.setTimeout(360_000);
      const app = await startApp("signals", { fresh: i === 0 && target === "npm alone" });
      const logFile = path.join(app.dataDir, "postgres.log");
      const shutdowns = () => readFileSync(logFile, "utf8").split("database system is shut down").length - 1;
      const before = shutdowns();
      const postmaster = postmasterPid(app.dataDir);
      expect(postmaster).not.toBeNull();
      const running = leftovers(app);
      expect(running.length).toBeGreaterThanOrEqual(3); // npm, the start script, the web server, PostgreSQL…

      const npm = app.npm.pid as number;
      process.kill(target === "npm alone" ? npm : -npm, signal);

      await waitFor(() => leftovers(app).length === 0, STOP_DEADLINE_MS, app);
      expect(isAlive(postmaster as number)).toBe(false);
      expect(shutdowns()).toBe(before + 1);
      // The web server was gone before PostgreSQL stopped: the start script says so in that order.
      const output = app.output();
      expect(output.indexOf("web server stopping")).toBeGreaterThan(-1);
      expect(output.indexOf("stopping the embedded PostgreSQL")).toBeGreaterThan(output.indexOf("web server stopping"));
    });
  }
}
