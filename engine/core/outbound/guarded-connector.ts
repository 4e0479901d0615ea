import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import type { AddressPolicy } from './address-policy.ts';

/** A connection the policy refused: the host, the address it resolved to, and why. */
export class ForbiddenAddressError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly range: string,
  ) {
    super(
      `refused to connect to ${host}${host === address ? '' : ` (${address})`}: ${range} address` +
        ' (an operator may open it with CROSSDESK_HTTP_ALLOW)',
    );
    this.name = 'ForbiddenAddressError';
  }
}

/**
 * Wraps a DNS lookup so that a name resolving to any refused address fails: the check runs on what
 * the socket will connect to, so a name that resolves inside, or re-resolves inside after a first
 * check (DNS rebinding), cannot get through. Hosts the operator allowed by name are not checked.
 */
export function guardedLookup(policy: AddressPolicy, lookup: LookupFunction = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    if (policy.allowsHost(hostname)) return lookup(hostname, options, callback);
    lookup(hostname, { ...options, all: true }, (err, result) => {
      if (err) return callback(err, options.all ? [] : '', undefined);
      const found = (Array.isArray(result) ? result : [{ address: result, family: 0 }]) as LookupAddress[];
      for (const { address } of found) {
        const refusal = policy.check(address);
        if (refusal)
          return callback(new ForbiddenAddressError(hostname, refusal.address, refusal.range), '', undefined);
      }
      if (options.all) return callback(null, found);
      const [first] = found;
      if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
      callback(null, first.address, first.family);
    });
  };
}

/**
 * An undici Agent whose every connection goes through the policy: names through the guarded lookup,
 * address literals (which sockets connect to without a lookup) checked here. Made per request and
 * passed as its `dispatcher`; never installed as the global dispatcher, so other outbound traffic
 * (the operator's own webhook URLs) is unaffected.
 */
export function makeGuardedAgent(
  policy: AddressPolicy,
  options: { lookup?: LookupFunction; connectTimeoutMs?: number } = {},
): Agent {
  const connect = buildConnector({
    lookup: guardedLookup(policy, options.lookup),
    timeout: options.connectTimeoutMs ?? 10_000,
  });
  return new Agent({
    connect(opts, callback) {
      const host = opts.hostname.replace(/^\[(.*)\]$/, '$1');
      const refusal = isIP(host) && !policy.allowsHost(host) ? policy.check(host) : null;
      if (refusal) {
        queueMicrotask(() => callback(new ForbiddenAddressError(host, refusal.address, refusal.range), null));
        return;
      }
      connect(opts, callback);
    },
  });
}
