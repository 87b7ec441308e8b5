import { describe, expect, it } from "vitest";
import {
  CLIENT_ADDRESS_HEADER,
  clientAddress,
  clientAddressHeaderValue,
  setClientAddressToken,
} from "./client-address";

setClientAddressToken("secret-made-at-start");
const headers = (entries: Record<string, string>) => new Headers(entries);
const fromSocket = (address: string) => ({ [CLIENT_ADDRESS_HEADER]: clientAddressHeaderValue(address) });

describe("the client's address for sign-in limits", () => {
  it("with no proxy in front, is the connection's address and never X-Forwarded-For", () => {
    expect(clientAddress(headers({ ...fromSocket("203.0.113.9") }), 0)).toBe("203.0.113.9");
    for (let i = 0; i < 25; i++) {
      const spoofed = headers({ ...fromSocket("203.0.113.9"), "x-forwarded-for": `198.51.100.${i}` });
      expect(clientAddress(spoofed, 0)).toBe("203.0.113.9");
    }
  });

  it("does not believe an address header that our server did not write", () => {
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "198.51.100.1" }), 0)).toBe("unknown");
    expect(clientAddress(headers({ [CLIENT_ADDRESS_HEADER]: "guess 198.51.100.1" }), 0)).toBe("unknown");
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe("unknown");
  });

  it("behind proxies, ignores what a client wrote in front of the addresses they appended", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9" }), 1)).toBe("203.0.113.9");
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4, 203.0.113.9, 10.0.0.2" }), 2)).toBe("203.0.113.9");
  });

  it("never fails on a missing header", () => {
    expect(clientAddress(headers({}), 1)).toBe("unknown");
    expect(clientAddress(headers(fromSocket("10.0.0.2")), 1)).toBe("10.0.0.2");
    expect(clientAddress(undefined, 3)).toBe("unknown");
  });
});
