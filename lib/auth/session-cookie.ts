import { createHmac, timingSafeEqual } from "node:crypto";

// The session cookie as better-auth writes it (better-call's signed cookies):
// `token.signature`, URI-encoded, the signature being the standard base64 of
// HMAC-SHA256(secret, token). Read here the way better-call reads it, so that
// lib/auth/find-session.ts accepts exactly the cookies better-auth accepts.

/** The first cookie of that name in a Cookie header, URI-decoded (as better-call parses it). */
export function readCookie(header: string | null | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at < 0 || part.slice(0, at).trim() !== name) continue;
    let value = part.slice(at + 1).trim();
    if (value.startsWith('"')) value = value.slice(1, -1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return undefined;
}

/** The token a signed cookie value carries, or null when its signature is not the secret's. */
export function signedToken(value: string | undefined, secret: string): string | null {
  if (!value) return null;
  const dot = value.lastIndexOf(".");
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const signature = value.slice(dot + 1);
  if (signature.length !== 44 || !signature.endsWith("=")) return null;
  const expected = createHmac("sha256", secret).update(token).digest();
  const given = Buffer.from(signature, "base64");
  return given.length === expected.length && timingSafeEqual(given, expected) ? token : null;
}
