import type { LookupFunction } from 'node:net';
import * as client from 'openid-client';
import { fetch as undiciFetch } from 'undici';
import { makeAddressPolicy, makeGuardedAgent, parseAllowList } from '../../core/outbound/index.ts';
import type { SsoSettings } from './settings.ts';
import { makeSiteAssignment, type SiteAssignment } from './site-assignment.ts';

/**
 * Crossdesk as an OpenID Connect relying party: the provider's discovered configuration (fetched at the
 * first login, not at start-up, so a provider that is down does not stop the server; a failed discovery
 * is retried by the next login) and the filtered connection every request to the provider goes through.
 */
export interface RelyingParty {
  readonly settings: SsoSettings;
  /** Where sites from claims go. */
  readonly sites: SiteAssignment;
  configuration(): Promise<client.Configuration>;
  close(): Promise<void>;
}

/** Options of makeRelyingParty; tests resolve names with `lookup`. */
export interface RelyingPartyOptions {
  lookup?: LookupFunction;
  sites?: SiteAssignment;
}

/** The issuer's host: allowed by itself, since the operator named it (an identity provider is often inside). */
const issuerHost = (issuer: string) => new URL(issuer).hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * Makes the relying party. Every request openid-client makes (discovery, keys, token, userinfo) goes
 * through the outbound address policy (engine/core/outbound) with CROSSDESK_HTTP_ALLOW plus the issuer's
 * host: a discovery document pointing its endpoints at other inside addresses (cloud metadata, the
 * database) is refused unless the operator allowed them. `http:` issuers are accepted only on loopback
 * (config.ts refuses others), for tests and local providers.
 */
export function makeRelyingParty(settings: SsoSettings, options: RelyingPartyOptions = {}): RelyingParty {
  const policy = makeAddressPolicy(parseAllowList([...settings.httpAllow, issuerHost(settings.issuer)]));
  const agent = makeGuardedAgent(policy, { lookup: options.lookup, connectTimeoutMs: settings.timeoutMs });
  const guardedFetch: client.CustomFetch = (url, init) =>
    undiciFetch(url, {
      ...(init as object),
      dispatcher: agent,
      signal: init.signal ?? AbortSignal.timeout(settings.timeoutMs),
    }) as unknown as Promise<Response>;
  let discovered: Promise<client.Configuration> | null = null;
  const discover = async () => {
    const issuer = new URL(settings.issuer);
    const config = await client.discovery(
      issuer,
      settings.clientId,
      settings.clientSecret ? { client_secret: settings.clientSecret } : {},
      settings.clientSecret ? client.ClientSecretPost(settings.clientSecret) : client.None(),
      {
        [client.customFetch]: guardedFetch,
        timeout: Math.ceil(settings.timeoutMs / 1000),
        execute: issuer.protocol === 'http:' ? [client.allowInsecureRequests] : [],
      },
    );
    // ID tokens from the token endpoint get their signature checked too, not just their claims.
    client.enableNonRepudiationChecks(config);
    return config;
  };
  return {
    settings,
    sites:
      options.sites ??
      makeSiteAssignment(settings.claimRules.some((r) => r.target === 'site' || r.target === 'supervisedSite')),
    configuration() {
      discovered ??= discover().catch((err) => {
        discovered = null;
        throw err;
      });
      return discovered;
    },
    close: () => agent.close(),
  };
}
