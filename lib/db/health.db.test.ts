import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { setUpTestDatabase } from "@/lib/testing/test-database";
import { checkDatabase } from "./health";

setUpTestDatabase();

// A server that accepts connections and never answers: a hung database.
const sockets = new Set<net.Socket>();
const silent = net.createServer((socket) => {
  sockets.add(socket);
});
const silentPort = new Promise<number>((resolve) => {
  silent.listen(0, "127.0.0.1", () => resolve((silent.address() as net.AddressInfo).port));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise<void>((resolve) => silent.close(() => resolve()));
});

describe("the database health check", () => {
  it("says ok when the database answers", async () => {
    expect(await checkDatabase()).toBe("ok");
  });

  it("says unavailable when nothing listens, or when the server never answers", async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = net.createServer();
      s.listen(0, "127.0.0.1", () => {
        const port = (s.address() as net.AddressInfo).port;
        s.close(() => resolve(port));
      });
    });
    expect(await checkDatabase(`postgres://postgres@127.0.0.1:${closed}/x`)).toBe("unavailable");
    expect(await checkDatabase(`postgres://postgres@127.0.0.1:${await silentPort}/x`, 300)).toBe("unavailable");
  });
});
