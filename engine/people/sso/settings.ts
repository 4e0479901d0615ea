import type { ClaimRule } from './claim-map.ts';

/** Single sign-on as configured (CROSSDESK_OIDC_*; see the README and docs/api.md, "Single sign-on"). */
export interface SsoSettings {
  /** The provider's issuer identifier; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: string;
  readonly clientId: string;
  /** Unset: a public client (PKCE only, no client authentication). */
  readonly clientSecret?: string;
  /** Where users reach this server (`https://crossdesk.example.com`); the callback is `<base>/auth/oidc/callback`. */
  readonly redirectBase: string;
  /** The name on the web app's "Sign in with <provider>" button. */
  readonly providerName: string;
  /** Scopes asked for besides `openid`'s (space-separated). */
  readonly scopes: string;
  readonly claimRules: readonly ClaimRule[];
  /** How long a started login waits for its callback. */
  readonly loginTtlMs: number;
  /** How long the web app has to redeem its one-time sign-in code. */
  readonly codeTtlMs: number;
  /** Each request to the provider. */
  readonly timeoutMs: number;
  /** CROSSDESK_HTTP_ALLOW: the provider's other hosts inside the network (the issuer's host is allowed by itself). */
  readonly httpAllow: readonly string[];
}

/** The callback route; the provider must have `<redirectBase>/auth/oidc/callback` registered for the client. */
export const CALLBACK_PATH = '/auth/oidc/callback';
export const LOGIN_PATH = '/auth/oidc/login';

/** The registered redirect URI: from the settings, never from a request's Host header. */
export const redirectUri = (settings: SsoSettings) => new URL(CALLBACK_PATH, settings.redirectBase).href;
