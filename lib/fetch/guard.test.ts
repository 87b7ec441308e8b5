import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fetchAllowsPrivate } from "./fetch-env";
import { fetchPage } from "./fetch-page";
import { FetchRefusal, type FetchFailure } from "./fetch-refusal";
import { pinnedLookup, vetHost, type Resolver } from "./guard-host";
import { html, startLocalServer, type LocalServer } from "./testing/local-server";

// The SSRF guard with private addresses refused, as in production. The only
// server these tests reach is on 127.0.0.1, through one host they trust
// explicitly ("trusted.test"); everything else must be refused before a
// connection is attempted.

const fakeDns =
  (table: Record<string, string[]>, calls: string[] = []): Resolver =>
  async (host) => {
    calls.push(host);
    const found = table[host];
    if (!found) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${host}`), { code: "ENOTFOUND" });
    return found.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));
  };

async function refusal(promise: Promise<unknown>): Promise<FetchRefusal> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FetchRefusal);
  return error as FetchRefusal;
}
const reason = async (p: Promise<unknown>): Promise<FetchFailure> => (await refusal(p)).reason;

let server: LocalServer;
let hits = 0;
const dns = () =>
  fakeDns({
    "trusted.test": ["127.0.0.1"],
    "evil.test": ["127.0.0.1"],
    "mixed.test": ["93.184.215.14", "10.0.0.8"],
    "metadata.test": ["169.254.169.254"],
    "mapped.test": ["::ffff:127.0.0.1"],
    "v6local.test": ["fd00:ec2::254"],
  });

beforeAll(async () => {
  server = await startLocalServer({
    "/page": (_q, r) => {
      hits++;
      html("<p>Une page</p>")(_q, r);
    },
    "/to-evil": (_q, r) => void r.writeHead(302, { location: `http://evil.test:${server.port}/page` }).end(),
    "/to-loopback": (_q, r) => void r.writeHead(301, { location: `http://127.0.0.1:${server.port}/page` }).end(),
    "/to-mapped": (_q, r) => void r.writeHead(307, { location: `http://[::ffff:127.0.0.1]:${server.port}/page` }).end(),
    "/to-metadata": (_q, r) => void r.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" }).end(),
    "/to-decimal": (_q, r) => void r.writeHead(302, { location: `http://2130706433:${server.port}/page` }).end(),
    "/to-trusted": (_q, r) => void r.writeHead(302, { location: `http://trusted.test:${server.port}/page` }).end(),
  });
});
afterAll(() => server.close());

describe("the SSRF guard (private addresses refused)", () => {
  it("is what RECOUPE_FETCH_ALLOW_PRIVATE leaves on by default", () => {
    expect(fetchAllowsPrivate({})).toBe(false);
    expect(fetchAllowsPrivate({ RECOUPE_FETCH_ALLOW_PRIVATE: "" })).toBe(false);
    expect(fetchAllowsPrivate({ RECOUPE_FETCH_ALLOW_PRIVATE: "1" })).toBe(true);
    expect(fetchAllowsPrivate({ RECOUPE_FETCH_ALLOW_PRIVATE: "off" })).toBe(false);
    expect(() => fetchAllowsPrivate({ RECOUPE_FETCH_ALLOW_PRIVATE: "maybe" })).toThrow(/RECOUPE_FETCH_ALLOW_PRIVATE/);
  });

  it.each([
    ["http://127.0.0.1/", "loopback"],
    ["http://[::1]/", "loopback"],
    ["http://2130706433/", "loopback"], // decimal form, normalised by the URL parser
    ["http://0x7f.1/", "loopback"],
    ["http://0177.0.0.1/", "loopback"],
    ["http://[::ffff:127.0.0.1]/", "loopback"],
    ["http://[::ffff:7f00:1]/", "loopback"],
    ["http://169.254.169.254/latest/meta-data/", "metadata"],
    ["http://[fd00:ec2::254]/", "metadata"],
    ["http://10.0.0.1/", "private"],
    ["http://192.168.0.1:8080/", "private"],
    ["http://100.64.0.1/", "cgnat"],
    ["http://0.0.0.0/", "unspecified"],
    ["http://[fe80::1]/", "linkLocal"],
    ["http://224.0.0.1/", "multicast"],
    ["http://255.255.255.255/", "broadcast"],
    ["http://192.0.2.1/", "documentation"],
  ])("refuses %s (%s) before connecting", async (url, range) => {
    const refused = await refusal(fetchPage(url, { allowPrivate: false }));
    expect(refused.reason).toBe("privateAddress");
    expect(refused.values).toMatchObject({ range });
  });

  it("refuses a host name that resolves to a private address", async () => {
    const refused = await refusal(
      fetchPage(`http://evil.test:${server.port}/page`, { allowPrivate: false, resolve: dns() }),
    );
    expect(refused.values).toMatchObject({ host: "evil.test", address: "127.0.0.1", range: "loopback" });
    for (const host of ["metadata.test", "mapped.test", "v6local.test"]) {
      expect(await reason(fetchPage(`http://${host}/`, { allowPrivate: false, resolve: dns() }))).toBe(
        "privateAddress",
      );
    }
  });

  it("refuses localhost, which the system resolves to loopback", async () => {
    expect(await reason(fetchPage(`http://localhost:${server.port}/page`, { allowPrivate: false }))).toBe(
      "privateAddress",
    );
  });

  it("refuses a host that answers a public and a private address", async () => {
    const refused = await refusal(fetchPage("http://mixed.test/", { allowPrivate: false, resolve: dns() }));
    expect(refused.values).toMatchObject({ address: "10.0.0.8", range: "private" });
  });

  it("checks every redirect again: none may lead to a private address", async () => {
    const options = { allowPrivate: false, allowPrivateHosts: ["trusted.test"], resolve: dns() };
    hits = 0;
    // The trusted host itself is reachable (the test server)…
    expect((await fetchPage(`http://trusted.test:${server.port}/page`, options)).html).toBe("<p>Une page</p>");
    expect(hits).toBe(1);
    // …but where it redirects is checked like any address.
    for (const path of ["/to-evil", "/to-loopback", "/to-mapped", "/to-metadata", "/to-decimal"]) {
      hits = 0;
      const refused = await refusal(fetchPage(`http://trusted.test:${server.port}${path}`, options));
      expect(refused.reason, path).toBe("privateAddress");
      expect(hits, path).toBe(0);
    }
  });

  it("connects only to the address it checked (no second DNS lookup to rebind)", async () => {
    const calls: string[] = [];
    const resolve = fakeDns({ "trusted.test": ["127.0.0.1"] }, calls);
    // trusted.test exists only in the fake resolver: the connection can only
    // have gone to the address the guard checked.
    const page = await fetchPage(`http://trusted.test:${server.port}/to-trusted`, {
      allowPrivate: false,
      allowPrivateHosts: ["trusted.test"],
      resolve,
    });
    expect(page.finalUrl).toBe(`http://trusted.test:${server.port}/page`);
    expect(calls).toEqual(["trusted.test", "trusted.test"]); // once per hop, never by the socket
  });

  it("pins lookups to the vetted addresses, for either family and both callback styles", () => {
    const lookup = pinnedLookup([
      { address: "93.184.215.14", family: 4 },
      { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 },
    ]);
    const seen: unknown[] = [];
    lookup("anything", { all: true }, (_e, list) => seen.push(list));
    lookup("anything", { family: 6 }, (_e, address, family) => seen.push([address, family]));
    lookup("anything", { family: 4 }, (_e, address, family) => seen.push([address, family]));
    expect(seen).toEqual([
      [
        { address: "93.184.215.14", family: 4 },
        { address: "2606:2800:21f:cb07:6820:80da:af6b:8b2c", family: 6 },
      ],
      ["2606:2800:21f:cb07:6820:80da:af6b:8b2c", 6],
      ["93.184.215.14", 4],
    ]);
  });

  it("names a host that does not resolve", async () => {
    const refused = await refusal(fetchPage("http://no-such-host.test/", { allowPrivate: false, resolve: dns() }));
    expect(refused).toMatchObject({ reason: "dns", values: { host: "no-such-host.test" } });
  });

  it("refuses ports that are not a web server's", async () => {
    expect(await reason(vetHost(new URL("http://mail.example:25/"), { allowPrivate: false, resolve: dns() }))).toBe(
      "port",
    );
    expect(await reason(vetHost(new URL("http://shell.example:22/"), { allowPrivate: false, resolve: dns() }))).toBe(
      "port",
    );
  });

  it("lets everything through when private addresses are allowed", async () => {
    expect(await vetHost(new URL("http://evil.test/"), { allowPrivate: true, resolve: dns() })).toEqual([
      { address: "127.0.0.1", family: 4 },
    ]);
  });
});
