import { createHmac } from "node:crypto";
import { describe, expect, it } from "vitest";
import { readCookie, signedToken } from "./session-cookie";

const sign = (token: string, secret: string) =>
  `${token}.${createHmac("sha256", secret).update(token).digest("base64")}`;

describe("the session cookie", () => {
  it("reads the first cookie of a name, URI-decoded, and no other", () => {
    const header = `a=1; recoupe.session_token=${encodeURIComponent("t0k.sig+/=")}; recoupe.session_token=second`;
    expect(readCookie(header, "recoupe.session_token")).toBe("t0k.sig+/=");
    expect(readCookie(header, "session_token")).toBeUndefined();
    expect(readCookie('q="quoted"', "q")).toBe("quoted");
    expect(readCookie("bad=%E0%A4%A", "bad")).toBe("%E0%A4%A");
    expect(readCookie(null, "a")).toBeUndefined();
  });

  it("gives the token only when the signature is the secret's", () => {
    const value = sign("abcDEF123", "the-secret");
    expect(signedToken(value, "the-secret")).toBe("abcDEF123");
    expect(signedToken(value, "another-secret")).toBeNull();
    expect(signedToken(value.replace("abc", "abd"), "the-secret")).toBeNull();
    expect(signedToken("abcDEF123", "the-secret")).toBeNull();
    expect(signedToken(`${value.slice(0, -1)}A`, "the-secret")).toBeNull();
    expect(signedToken(undefined, "the-secret")).toBeNull();
  });
});
