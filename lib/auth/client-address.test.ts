import { describe, expect, it } from "vitest";
import { clientAddress } from "./auth";

const headers = (xff?: string) => new Headers(xff ? { "x-forwarded-for": xff } : {});

describe("the client's address for sign-in limits", () => {
  it("is what the connection came from when no proxy is in front", () => {
    expect(clientAddress(headers("203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("ignores what a client wrote in front of the address the proxy appended", () => {
    expect(clientAddress(headers("1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
    expect(clientAddress(headers("1.2.3.4, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("never fails on a missing header", () => {
    expect(clientAddress(headers(), 1)).toBe("unknown");
    expect(clientAddress(undefined, 3)).toBe("unknown");
  });
});
