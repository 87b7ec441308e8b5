// Recoupe's web server: Next.js's request handler behind a plain Node HTTP
// server, so that what Next.js cannot know or do is done first (the
// connection's address for sign-in limits, HSTS, the "database unavailable"
// page, early refusals: lib/server/serve-request.ts). Started by scripts/start.ts;
// stops cleanly on SIGTERM, SIGINT or SIGHUP, or when the start script is gone.
import { randomBytes } from "node:crypto";
import { createServer } from "node:http";
import next from "next";
import { setClientAddressToken } from "../lib/auth/client-address";
import { parseEnv } from "../lib/env";
import { serveRequest } from "../lib/server/serve-request";

const dev = process.argv.includes("--dev");
const env = parseEnv(process.env);
setClientAddressToken(randomBytes(24).toString("base64url"));

const app = next({ dev, port: env.PORT });
const handle = app.getRequestHandler();

const server = createServer((req, res) => {
  serveRequest(req, res)
    .then((answered) => (answered ? undefined : handle(req, res)))
    .catch((error: unknown) => {
      console.error("[server] request failed", error);
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end();
    });
});

let closing = false;
async function close(reason: string): Promise<void> {
  if (closing) return;
  closing = true;
  console.log(`[recoupe] web server stopping (${reason})`);
  // Whatever happens below (a request that never ends, Next.js still starting),
  // the process is gone within a few seconds.
  setTimeout(() => process.exit(0), 4_500).unref();
  // Stop accepting; let requests in flight finish, for a few seconds at most.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeIdleConnections();
  const timer = setTimeout(() => server.closeAllConnections(), 3_000);
  await closed;
  clearTimeout(timer);
  await app.close().catch(() => undefined);
  process.exit(0);
}

for (const signal of ["SIGTERM", "SIGINT", "SIGHUP"] as const) process.on(signal, () => void close(signal));
// The start script talks to us over IPC: when it is gone, so are we.
process.on("disconnect", () => void close("start script gone"));

await app.prepare();
server.listen(env.PORT, () => {
  process.send?.({ ready: true });
});
