import { describe, expect, it } from "vitest";
import { fetchPrivateHosts, fetchTimeoutMs } from "./fetch-env";

describe("fetch settings from the environment", () => {
  it("reads the fetch timeout in seconds, and refuses a value that is not one", () => {
    expect(fetchTimeoutMs({})).toBeNull();
    expect(fetchTimeoutMs({ RECOUPE_FETCH_TIMEOUT_SECONDS: " 5 " })).toBe(5_000);
    expect(() => fetchTimeoutMs({ RECOUPE_FETCH_TIMEOUT_SECONDS: "0" })).toThrow(/at least 1/);
    expect(() => fetchTimeoutMs({ RECOUPE_FETCH_TIMEOUT_SECONDS: "soon" })).toThrow(/number of seconds/);
    expect(() => fetchTimeoutMs({ RECOUPE_FETCH_TIMEOUT_SECONDS: "1.5" })).toThrow(/whole number/);
  });

  it("reads the trusted private hosts", () => {
    expect(fetchPrivateHosts({})).toEqual([]);
    expect(fetchPrivateHosts({ RECOUPE_FETCH_PRIVATE_HOSTS: "Intranet.local, 127.0.0.1,," })).toEqual([
      "intranet.local",
      "127.0.0.1",
    ]);
    expect(() => fetchPrivateHosts({ RECOUPE_FETCH_PRIVATE_HOSTS: "http://x/" })).toThrow(/host names/);
  });
});
