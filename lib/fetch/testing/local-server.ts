import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

// A web server on 127.0.0.1 for the fetch tests: each test gives the routes
// it needs. Only this machine's loopback is ever contacted.

export type Route = (request: IncomingMessage, response: ServerResponse) => void;

export type LocalServer = { origin: string; port: number; url: (path: string) => string; close: () => Promise<void> };

export async function startLocalServer(routes: Record<string, Route>): Promise<LocalServer> {
  const server: Server = createServer((request, response) => {
    const path = new URL(request.url ?? "/", "http://x").pathname;
    const route =
      routes[path] ?? Object.entries(routes).find(([p]) => p.endsWith("*") && path.startsWith(p.slice(0, -1)))?.[1];
    if (!route) {
      response.writeHead(404, { "content-type": "text/plain" }).end("no such page");
      return;
    }
    route(request, response);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    port,
    url: (path) => `${origin}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const html =
  (body: string, headers: Record<string, string> = { "content-type": "text/html; charset=utf-8" }): Route =>
  (_request, response) => {
    response.writeHead(200, headers).end(body);
  };

export const bytes =
  (body: Uint8Array, headers: Record<string, string>): Route =>
  (_request, response) => {
    response.writeHead(200, headers).end(Buffer.from(body));
  };
