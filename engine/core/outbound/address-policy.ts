import ipaddr from 'ipaddr.js';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** What an operator opened with `CROSSDESK_HTTP_ALLOW`: host names (`*.lan` for subdomains) and CIDRs. */
export interface AllowList {
  readonly hosts: readonly string[];
  readonly suffixes: readonly string[];
  readonly ranges: readonly [Address, number][];
}

/** Why an address may not be reached; null when it may. */
export type Refusal = { address: string; range: string } | null;

/** Decides which hosts and addresses outbound requests from models may reach. */
export interface AddressPolicy {
  /** True when the operator allowed this host by name: any address it resolves to may be reached. */
  allowsHost(hostname: string): boolean;
  /** Null when the address may be reached; else which range it lies in. */
  check(address: string): Refusal;
}

const HOST = /^(?=.{1,253}$)[a-z0-9_]([a-z0-9_-]{0,62})(\.[a-z0-9_]([a-z0-9_-]{0,62}))*\.?$/;

/**
 * Parses the entries of an allow-list (comma-separated in the setting). Throws an Error naming the
 * setting for an entry that is neither an address, a CIDR, a host name nor `*.domain`.
 */
export function parseAllowList(entries: readonly string[], setting = 'CROSSDESK_HTTP_ALLOW'): AllowList {
  const hosts: string[] = [];
  const suffixes: string[] = [];
  const ranges: [Address, number][] = [];
  for (const raw of entries) {
    const entry = raw
      .trim()
      .toLowerCase()
      .replace(/^\[(.*)\]$/, '$1');
    if (!entry) continue;
    if (entry.includes('/')) {
      if (!ipaddr.isValidCIDR(entry)) throw new Error(`${setting}: "${raw}" is not a CIDR range`);
      ranges.push(ipaddr.parseCIDR(entry));
    } else if (ipaddr.isValid(entry)) {
      const address = ipaddr.parse(entry);
      ranges.push([address, address.kind() === 'ipv4' ? 32 : 128]);
    } else if (entry.startsWith('*.') && HOST.test(entry.slice(2))) {
      suffixes.push(entry.slice(1).replace(/\.$/, ''));
    } else if (HOST.test(entry)) {
      hosts.push(entry.replace(/\.$/, ''));
    } else {
      throw new Error(`${setting}: "${raw}" is not a host name, an address or a CIDR range`);
    }
  }
  return { hosts, suffixes, ranges };
}

/** The address as ipaddr.js sees it, with IPv4-mapped IPv6 addresses also as their IPv4 form. */
function forms(address: Address): Address[] {
  if (address.kind() === 'ipv6' && (address as ipaddr.IPv6).isIPv4MappedAddress())
    return [address, (address as ipaddr.IPv6).toIPv4Address()];
  return [address];
}

/**
 * Only global unicast addresses are reachable by default: loopback, private, link-local (cloud metadata
 * at 169.254.169.254), unique-local, unspecified (0.0.0.0 reaches the host itself), carrier-grade NAT,
 * multicast, IPv4-mapped and the IPv6 ranges that embed IPv4 (6to4, NAT64, Teredo) are refused unless
 * the allow-list names the host or a range holding the address.
 */
export function makeAddressPolicy(allow: AllowList): AddressPolicy {
  const inAllowedRange = (address: Address) =>
    forms(address).some((form) =>
      allow.ranges.some(([base, bits]) => base.kind() === form.kind() && form.match(base, bits)),
    );
  return {
    allowsHost(hostname) {
      const host = hostname.toLowerCase().replace(/\.$/, '');
      return allow.hosts.includes(host) || allow.suffixes.some((suffix) => host.endsWith(suffix));
    },
    check(text) {
      const bare = text.replace(/^\[(.*)\]$/, '$1').replace(/%.*$/, '');
      if (!ipaddr.isValid(bare)) return { address: text, range: 'unparsable' };
      const address = ipaddr.parse(bare);
      if (inAllowedRange(address)) return null;
      const range = address.range();
      return range === 'unicast' ? null : { address: address.toString(), range };
    },
  };
}
