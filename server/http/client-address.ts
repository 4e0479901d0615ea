import ipaddr from 'ipaddr.js';
import { isPlainAddress } from '../../config.ts';
import type { ClientAddressOf } from '../../graphql/index.ts';

type Address = ipaddr.IPv4 | ipaddr.IPv6;

/** An address as one canonical string: IPv4-mapped IPv6 (`::ffff:1.2.3.4`) becomes `1.2.3.4`. */
function parseAddress(text: string | undefined): Address | null {
  if (!text) return null;
  let value = text.trim();
  // X-Forwarded-For entries sometimes carry a port: `1.2.3.4:5678`, `[2001:db8::1]:443`.
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(value);
  if (bracketed) value = bracketed[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(value)) value = value.slice(0, value.lastIndexOf(':'));
  return isPlainAddress(value) ? ipaddr.process(value) : null;
}

/**
 * The one function that says which client sent a request. The peer of the TCP connection is the
 * client, unless it is one of the trusted proxies (CROSSDESK_TRUSTED_PROXIES, CIDR ranges): then
 * X-Forwarded-For is read from the right, each trusted hop passing on to the address it names, and
 * the first address that is not a trusted proxy is the client. A malformed entry stops the walk at
 * the last address known good, so nobody gets a fresh identity by sending garbage. Without trusted
 * proxies X-Forwarded-For is ignored: any client can write it.
 */
export function makeClientAddress(trustedProxies: readonly string[]): ClientAddressOf {
  const ranges = trustedProxies.map((cidr) => ipaddr.parseCIDR(cidr));
  const trusted = (address: Address) =>
    ranges.some(([range, bits]) => range.kind() === address.kind() && address.match(range, bits));
  return (req) => {
    const peer = parseAddress(req.socket.remoteAddress);
    if (!peer) return 'unknown';
    let client = peer;
    if (!trusted(client)) return client.toString();
    const forwarded = String(req.headers['x-forwarded-for'] ?? '')
      .split(',')
      .filter((hop) => hop.trim() !== '')
      .reverse();
    for (const hop of forwarded) {
      const address = parseAddress(hop);
      if (!address) break;
      client = address;
      if (!trusted(address)) break;
    }
    return client.toString();
  };
}
