import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { forbiddenRange } from "./address-ranges";
import { FetchRefusal } from "./fetch-refusal";

// The SSRF guard: before any connection, the host is resolved and every
// address it resolves to is checked; the connection is then made to those
// checked addresses only (pinnedLookup), so a DNS answer that changes between
// the check and the connection (DNS rebinding) cannot lead anywhere else.

export type ResolvedAddress = { address: string; family: 4 | 6 };
export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

/** The operating system's resolver (hosts file included), as browsers use. */
export const systemResolver: Resolver = async (hostname) => {
  const found = await lookup(hostname, { all: true, verbatim: true });
  return found.map((a) => ({ address: a.address, family: a.family === 6 ? 6 : 4 }));
};

// The Fetch standard's "bad ports": services a browser never lets a page
// talk HTTP to (mail, SSH, IRC…). Neither does Recoupe.
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104, 109, 110,
  111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532,
  540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 4190, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

/** The URL's host without IPv6 brackets. */
export function bareHost(url: URL): string {
  return url.hostname.replace(/^\[(.*)\]$/, "$1");
}

const DNS_FAILURES = new Set(["ENOTFOUND", "EAI_AGAIN", "ENODATA", "EAI_FAIL", "ESERVFAIL", "EAI_NONAME"]);

/** The addresses a URL's host may be reached at; refuses private ones unless allowed. */
export async function vetHost(
  url: URL,
  options: { allowPrivate: boolean; resolve?: Resolver },
): Promise<ResolvedAddress[]> {
  const host = bareHost(url);
  const port = url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80;
  if (!options.allowPrivate && BAD_PORTS.has(port)) throw new FetchRefusal("port", { url: url.href, port });

  let addresses: ResolvedAddress[];
  const literal = isIP(host);
  if (literal) {
    addresses = [{ address: host, family: literal === 6 ? 6 : 4 }];
  } else {
    try {
      addresses = await (options.resolve ?? systemResolver)(host);
    } catch (error) {
      const code = (error as { code?: string }).code ?? "";
      if (DNS_FAILURES.has(code) || !code) throw new FetchRefusal("dns", { host });
      throw error;
    }
    if (addresses.length === 0) throw new FetchRefusal("dns", { host });
  }
  if (options.allowPrivate) return addresses;
  // One forbidden address is enough to refuse: a host that answers both a
  // public and a private address is either misconfigured or an attack.
  for (const { address } of addresses) {
    const range = forbiddenRange(address);
    if (range) throw new FetchRefusal("privateAddress", { host, address, range });
  }
  return addresses;
}

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | { address: string; family: number }[],
  family?: number,
) => void;

/** A net.connect lookup that answers only the vetted addresses. */
export function pinnedLookup(addresses: ResolvedAddress[]) {
  return (_hostname: string, options: { family?: number | string; all?: boolean }, callback: LookupCallback) => {
    const wanted =
      options.family === 4 || options.family === "IPv4" ? 4 : options.family === 6 || options.family === "IPv6" ? 6 : 0;
    const usable = wanted ? addresses.filter((a) => a.family === wanted) : addresses;
    if (usable.length === 0) {
      const error: NodeJS.ErrnoException = new Error("No vetted address of the requested family");
      error.code = "ENOTFOUND";
      callback(error, "", 0);
      return;
    }
    if (options.all) {
      callback(
        null,
        usable.map((a) => ({ address: a.address, family: a.family })),
      );
      return;
    }
    const first = usable[0] as ResolvedAddress;
    callback(null, first.address, first.family);
  };
}
