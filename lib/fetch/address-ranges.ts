import { BlockList, isIPv4, isIPv6 } from "node:net";

// Addresses a server-side fetch must never reach: anything that is not the
// public internet (this machine, the local network, the carrier's NAT, the
// cloud's metadata service) and ranges reserved for documentation, testing
// or the future. An IPv6 address that carries an IPv4 address inside it
// (mapped, compatible, NAT64, 6to4) is judged by that IPv4 address too, so
// "::ffff:127.0.0.1" is loopback like 127.0.0.1.

type Range = { cidr: string; name: ForbiddenRange };

const V4: Range[] = [
  { cidr: "0.0.0.0/8", name: "unspecified" },
  { cidr: "10.0.0.0/8", name: "private" },
  { cidr: "100.64.0.0/10", name: "cgnat" },
  { cidr: "127.0.0.0/8", name: "loopback" },
  { cidr: "169.254.169.254/32", name: "metadata" },
  { cidr: "169.254.0.0/16", name: "linkLocal" },
  { cidr: "172.16.0.0/12", name: "private" },
  { cidr: "192.0.0.0/24", name: "protocol" },
  { cidr: "192.0.2.0/24", name: "documentation" },
  { cidr: "192.88.99.0/24", name: "relay" },
  { cidr: "192.168.0.0/16", name: "private" },
  { cidr: "198.18.0.0/15", name: "benchmarking" },
  { cidr: "198.51.100.0/24", name: "documentation" },
  { cidr: "203.0.113.0/24", name: "documentation" },
  { cidr: "224.0.0.0/4", name: "multicast" },
  { cidr: "255.255.255.255/32", name: "broadcast" },
  { cidr: "240.0.0.0/4", name: "reserved" },
  // Azure's host service: a public-looking address answered by the platform.
  { cidr: "168.63.129.16/32", name: "metadata" },
];

const V6: Range[] = [
  { cidr: "::/128", name: "unspecified" },
  { cidr: "::1/128", name: "loopback" },
  { cidr: "fd00:ec2::254/128", name: "metadata" },
  { cidr: "fc00::/7", name: "uniqueLocal" },
  { cidr: "fe80::/10", name: "linkLocal" },
  { cidr: "fec0::/10", name: "siteLocal" },
  { cidr: "ff00::/8", name: "multicast" },
  { cidr: "100::/64", name: "discard" },
  { cidr: "2001:db8::/32", name: "documentation" },
  { cidr: "3fff::/20", name: "documentation" },
  // Teredo (2001::/32) hides its client's address; the rest of 2001::/23 is
  // protocol assignments (ORCHID, AMT…), none of them a web server.
  { cidr: "2001::/23", name: "protocol" },
  { cidr: "5f00::/16", name: "reserved" },
];

function blockList(ranges: Range[], family: "ipv4" | "ipv6") {
  return ranges.map((r) => {
    const [network, prefix] = r.cidr.split("/") as [string, string];
    const list = new BlockList();
    list.addSubnet(network, Number(prefix), family);
    return { list, name: r.name, family };
  });
}

const V4_LISTS = blockList(V4, "ipv4");
const V6_LISTS = blockList(V6, "ipv6");

/** The eight 16-bit groups of an IPv6 address (with any dotted IPv4 tail). */
export function ipv6Groups(address: string): number[] | null {
  if (!isIPv6(address)) return null;
  let text = address.toLowerCase().replace(/%.*$/, "");
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const bytes = (dotted[1] as string).split(".").map(Number);
    const [a, b, c, d] = bytes as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes("::") ? (text.split("::") as [string, string]) : [text, null];
  const parse = (s: string) => (s === "" ? [] : s.split(":").map((g) => parseInt(g, 16)));
  const left = parse(head);
  const right = tail === null ? [] : parse(tail);
  const missing = 8 - left.length - right.length;
  const groups = [...left, ...Array<number>(Math.max(0, missing)).fill(0), ...right];
  return groups.length === 8 ? groups : null;
}

const v4From = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/** The IPv4 address an IPv6 address carries, in the forms that route to it. */
export function embeddedIpv4(address: string): string | null {
  const g = ipv6Groups(address);
  if (!g) return null;
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  // ::ffff:a.b.c.d (mapped) and ::a.b.c.d (compatible, deprecated but routable by some stacks)
  if (zeros(0, 5) && (g[5] === 0xffff || g[5] === 0)) return v4From(g[6] as number, g[7] as number);
  // ::ffff:0:a.b.c.d (SIIT translated)
  if (zeros(0, 4) && g[4] === 0xffff && g[5] === 0) return v4From(g[6] as number, g[7] as number);
  // 64:ff9b::/96 (NAT64 well-known prefix) and 64:ff9b:1::/48 (local-use NAT64)
  if (g[0] === 0x64 && g[1] === 0xff9b && (zeros(2, 6) || g[2] === 1)) return v4From(g[6] as number, g[7] as number);
  // 2002:AABB:CCDD::/48 (6to4)
  if (g[0] === 0x2002) return v4From(g[1] as number, g[2] as number);
  return null;
}

export type ForbiddenRange =
  | "unspecified"
  | "private"
  | "cgnat"
  | "loopback"
  | "metadata"
  | "linkLocal"
  | "protocol"
  | "documentation"
  | "relay"
  | "benchmarking"
  | "multicast"
  | "broadcast"
  | "reserved"
  | "uniqueLocal"
  | "siteLocal"
  | "discard"
  | "invalid";

/**
 * Why an address must not be fetched (its range: "loopback", "private",
 * "metadata"…), or null when it is a public internet address.
 */
export function forbiddenRange(address: string): ForbiddenRange | null {
  if (isIPv4(address)) {
    return V4_LISTS.find((r) => r.list.check(address, "ipv4"))?.name ?? null;
  }
  if (!isIPv6(address)) return "invalid";
  const plain = address.replace(/%.*$/, "");
  const own = V6_LISTS.find((r) => r.list.check(plain, "ipv6"))?.name;
  if (own) return own;
  const v4 = embeddedIpv4(plain);
  return v4 ? forbiddenRange(v4) : null;
}
