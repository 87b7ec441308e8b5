import { env } from "@/lib/env";

// The address a request came from, for the per-address sign-in limits. It must
// not be something the client can choose:
//
// - With no proxy in front (RECOUPE_PROXY_HOPS=0, the default), it is the
//   connection's own address. Next.js does not give it to route code, so our
//   server (scripts/server.ts) writes it in CLIENT_ADDRESS_HEADER after deleting
//   whatever the client sent under that name, prefixed with a secret made at
//   start: a header without it (a server that is not ours) is not believed.
// - With proxies (RECOUPE_PROXY_HOPS=n), each appends the address it saw to
//   X-Forwarded-For, so the client is n entries from the right; entries further
//   left are whatever the client wrote, and are ignored.

export const CLIENT_ADDRESS_HEADER = "x-recoupe-client-address";

const holder = globalThis as unknown as { __recoupeClientAddressToken?: string };

/** Called once by our server: the secret its address header carries. */
export function setClientAddressToken(token: string): void {
  holder.__recoupeClientAddressToken = token;
}

/** The header value our server sets for a connection's address. */
export function clientAddressHeaderValue(address: string): string {
  return `${holder.__recoupeClientAddressToken ?? ""} ${address}`;
}

function socketAddress(headers: Headers | undefined): string | null {
  const value = headers?.get(CLIENT_ADDRESS_HEADER);
  const token = holder.__recoupeClientAddressToken;
  if (!value || !token) return null;
  const [given, address] = value.split(" ");
  return given === token && address ? address : null;
}

export function clientAddress(headers: Headers | undefined, hops = env().RECOUPE_PROXY_HOPS): string {
  const socket = socketAddress(headers);
  if (hops === 0) return socket ?? "unknown";
  const chain = (headers?.get("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  if (chain.length === 0) return socket ?? "unknown";
  return chain[Math.max(0, chain.length - hops)] ?? "unknown";
}
