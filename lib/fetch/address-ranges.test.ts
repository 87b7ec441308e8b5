import { describe, expect, it } from "vitest";
import { embeddedIpv4, forbiddenRange, ipv6Groups } from "./address-ranges";

describe("forbiddenRange", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.1.2.3", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["192.168.1.1", "private"],
    ["100.64.0.1", "cgnat"],
    ["100.100.100.200", "cgnat"], // Alibaba Cloud's metadata service
    ["169.254.169.254", "metadata"],
    ["169.254.1.1", "linkLocal"],
    ["168.63.129.16", "metadata"],
    ["0.0.0.0", "unspecified"],
    ["0.1.2.3", "unspecified"],
    ["224.0.0.1", "multicast"],
    ["239.255.255.250", "multicast"],
    ["255.255.255.255", "broadcast"],
    ["240.0.0.1", "reserved"],
    ["192.0.2.10", "documentation"],
    ["198.51.100.7", "documentation"],
    ["203.0.113.99", "documentation"],
    ["198.18.0.1", "benchmarking"],
    ["192.0.0.192", "protocol"], // Oracle Cloud's metadata service
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["fd00:ec2::254", "metadata"],
    ["ff02::1", "multicast"],
    ["2001:db8::1", "documentation"],
    ["2001:0:4136:e378:8000:63bf:3fff:fdd2", "protocol"], // Teredo
    ["fec0::1", "siteLocal"],
    ["100::1", "discard"],
  ])("%s is %s", (address, range) => {
    expect(forbiddenRange(address)).toBe(range);
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["0:0:0:0:0:ffff:7f00:0001", "loopback"],
    ["::ffff:169.254.169.254", "metadata"],
    ["::ffff:a9fe:a9fe", "metadata"],
    ["::127.0.0.1", "loopback"],
    ["::ffff:0:10.0.0.1", "private"],
    ["64:ff9b::10.0.0.1", "private"],
    ["64:ff9b::a9fe:a9fe", "metadata"],
    ["64:ff9b:1::c0a8:101", "private"],
    ["2002:c0a8:0101::1", "private"], // 6to4 of 192.168.1.1
    ["2002:7f00:1::", "loopback"],
  ])("an IPv6 address carrying an IPv4 one is judged by it: %s is %s", (address, range) => {
    expect(forbiddenRange(address)).toBe(range);
  });

  it.each([
    "8.8.8.8",
    "1.1.1.1",
    "151.101.1.140",
    "2606:4700:4700::1111",
    "2a00:1450:4007:80e::200e",
    "::ffff:8.8.8.8",
    "64:ff9b::808:808",
  ])("%s is public", (address) => {
    expect(forbiddenRange(address)).toBeNull();
  });

  it("refuses what is not an address at all", () => {
    expect(forbiddenRange("localhost")).toBe("invalid");
    expect(forbiddenRange("999.1.1.1")).toBe("invalid");
  });
});

describe("IPv6 parsing", () => {
  it("expands every form to eight groups", () => {
    expect(ipv6Groups("::1")).toEqual([0, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups("2001:db8::8:800:200c:417a")).toEqual([0x2001, 0xdb8, 0, 0, 8, 0x800, 0x200c, 0x417a]);
    expect(ipv6Groups("::ffff:1.2.3.4")).toEqual([0, 0, 0, 0, 0, 0xffff, 0x102, 0x304]);
    expect(ipv6Groups("fe80::1%eth0")).toEqual([0xfe80, 0, 0, 0, 0, 0, 0, 1]);
    expect(ipv6Groups("1.2.3.4")).toBeNull();
  });

  it("finds the IPv4 address inside mapped, NAT64 and 6to4 forms only", () => {
    expect(embeddedIpv4("::ffff:c0a8:101")).toBe("192.168.1.1");
    expect(embeddedIpv4("2002:0808:0808::")).toBe("8.8.8.8");
    expect(embeddedIpv4("2606:4700::1111")).toBeNull();
  });
});
