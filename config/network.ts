/** Settings of the network: outbound allow-list, proxies, node identity and single sign-on. */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import ipaddr from 'ipaddr.js';
import { parseAllowList } from '../engine/core/outbound/address-policy.ts';
import { parseClaimMap, type ClaimRule } from '../engine/people/sso/claim-map.ts';
import type { OidcConfig } from './types.ts';
import { ConfigError, parseCount, type Env } from './values.ts';

/** The allow-list entries, each checked now so that a typo stops the start with the setting's name. */
export function parseHttpAllow(value: string | undefined): string[] {
  const entries = (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  parseAllowList(entries, 'CROSSDESK_HTTP_ALLOW');
  return entries;
}

/** An address in its usual notation only: dotted quad or IPv6 (ipaddr.js alone also takes `10.1` or hex). */
export const isPlainAddress = (text: string): boolean =>
  ipaddr.IPv4.isValidFourPartDecimal(text) || ipaddr.IPv6.isValid(text);

/**
 * CROSSDESK_NODE_ID names this process among the nodes on one database (the change feed's origin,
 * the nodes list). A restart gets a new default id: a node's memory does not survive its process.
 */
export function parseNodeId(value: string | undefined): string {
  if (!value) return `${hostname()}-${process.pid}-${randomBytes(2).toString('hex')}`;
  if (!/^[A-Za-z0-9._:-]{1,64}$/.test(value))
    throw new ConfigError(`CROSSDESK_NODE_ID: "${value}" must be 1-64 letters, digits or . _ : -`);
  return value;
}

/** Parses CROSSDESK_TRUSTED_PROXIES: CIDR ranges or single addresses, separated by commas or spaces. */
export function parseTrustedProxies(value: string | undefined): string[] {
  return (value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((entry) => {
      const [text, bits, ...rest] = entry.split('/');
      if (isPlainAddress(text) && rest.length === 0 && (bits === undefined || ipaddr.isValidCIDR(entry))) {
        const address = ipaddr.parse(text);
        return `${address.toString()}/${bits === undefined ? (address.kind() === 'ipv4' ? 32 : 128) : Number(bits)}`;
      }
      throw new ConfigError(
        `CROSSDESK_TRUSTED_PROXIES: "${entry}" is not an address or CIDR range (e.g. 10.0.0.0/8, 127.0.0.1, fd00::/8)`,
      );
    });
}

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|\[::1\])$/;

/** A URL setting: http(s) only, and plain http only on loopback (tests and a provider on the same machine). */
function parseHttpsUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError(`${name} must be a URL, got "${value}"`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.test(url.hostname)))
    throw new ConfigError(`${name} must be an https:// URL (http:// only on localhost), got "${value}"`);
  if (url.username || url.password || url.hash)
    throw new ConfigError(`${name} must not carry credentials or a #fragment`);
  return value.replace(/\/+$/, '');
}

/** CROSSDESK_OIDC_*: all of issuer, client id and redirect base, or none (single sign-on off). */
export function parseOidc(env: Env, httpAllow: readonly string[]): OidcConfig | undefined {
  const issuer = env.CROSSDESK_OIDC_ISSUER?.trim();
  if (!issuer) return undefined;
  const clientId = env.CROSSDESK_OIDC_CLIENT_ID?.trim();
  const redirectBase = env.CROSSDESK_OIDC_REDIRECT_BASE?.trim();
  if (!clientId || !redirectBase)
    throw new ConfigError('CROSSDESK_OIDC_ISSUER needs CROSSDESK_OIDC_CLIENT_ID and CROSSDESK_OIDC_REDIRECT_BASE too');
  let claimRules: ClaimRule[];
  try {
    claimRules = parseClaimMap(env.CROSSDESK_OIDC_CLAIM_MAP);
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  if (!claimRules.some((rule) => rule.target === 'role'))
    throw new ConfigError(
      'CROSSDESK_OIDC_CLAIM_MAP must give roles (e.g. "groups:cc-agents=>role:agent"): without one nobody could sign in',
    );
  const seconds = (name: string, fallback: number) => (parseCount(name, env[name]) ?? fallback) * 1000;
  return {
    issuer: parseHttpsUrl('CROSSDESK_OIDC_ISSUER', issuer),
    clientId,
    clientSecret: env.CROSSDESK_OIDC_CLIENT_SECRET || undefined,
    redirectBase: parseHttpsUrl('CROSSDESK_OIDC_REDIRECT_BASE', redirectBase),
    providerName: env.CROSSDESK_OIDC_PROVIDER_NAME?.trim().slice(0, 60) || 'your identity provider',
    scopes: env.CROSSDESK_OIDC_SCOPES?.trim() || 'openid profile email',
    claimRules,
    loginTtlMs: seconds('CROSSDESK_OIDC_LOGIN_SECONDS', 600),
    codeTtlMs: seconds('CROSSDESK_OIDC_CODE_SECONDS', 60),
    timeoutMs: seconds('CROSSDESK_OIDC_TIMEOUT_SECONDS', 10),
    httpAllow,
  };
}
