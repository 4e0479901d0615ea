import { randomBytes } from 'node:crypto';
import * as client from 'openid-client';
import { insertOidcLogin, takeOidcLogin } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ErrorCode, SsoRefusedError } from '../../core/errors/index.ts';
import { hashToken } from '../users/index.ts';
import { mapClaims } from './claim-map.ts';
import { provisionUser } from './provision-user.ts';
import { classifyOidcError, refusal } from './refusals.ts';
import type { RelyingParty } from './relying-party.ts';
import { redirectUri } from './settings.ts';
import { issueSignInCode } from './sign-in-codes.ts';

/** A started login: where to send the browser, and the secret binding it to that browser (an HttpOnly cookie). */
export interface StartedLogin {
  readonly authorizationUrl: string;
  readonly browserSecret: string;
}

const configurationOf = async (rp: RelyingParty) => {
  try {
    return await rp.configuration();
  } catch (err) {
    // Discovery failed: unreachable, refused by the address policy, or a document for another issuer.
    throw refusal(ErrorCode.OIDC_PROVIDER_UNAVAILABLE, String((err as Error)?.message ?? err).slice(0, 300));
  }
};

/**
 * Starts an authorization code flow with PKCE: state, nonce and code verifier are made here and kept
 * in the database (any node may get the callback), with a hash of a browser secret that the login
 * route sets as a cookie, so a callback in another browser (login CSRF) does not match.
 */
export async function beginOidcLogin(ctx: EngineContext, rp: RelyingParty): Promise<StartedLogin> {
  const config = await configurationOf(rp);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const browserSecret = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  await insertOidcLogin(ctx.db, {
    stateHash: hashToken(state),
    browserHash: hashToken(browserSecret),
    nonce,
    codeVerifier,
    createdAt: now,
    expiresAt: now + rp.settings.loginTtlMs,
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: redirectUri(rp.settings),
    scope: ['openid', ...rp.settings.scopes.split(/\s+/).filter((s) => s && s !== 'openid')].join(' '),
    state,
    nonce,
    code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
    code_challenge_method: 'S256',
  });
  return { authorizationUrl: url.href, browserSecret };
}

/** The callback's query as openid-client wants it: on the registered redirect URI, whatever Host the request named. */
function callbackUrl(rp: RelyingParty, query: URLSearchParams): URL {
  const url = new URL(redirectUri(rp.settings));
  for (const [k, v] of query) url.searchParams.append(k, v);
  return url;
}

/** The person's claims: the checked ID token's, completed by the userinfo endpoint when there is one. */
async function claimsOf(
  config: client.Configuration,
  tokens: client.TokenEndpointResponse & client.TokenEndpointResponseHelpers,
) {
  const idClaims = tokens.claims();
  if (!idClaims) throw refusal(ErrorCode.OIDC_TOKEN_INVALID, 'no ID token');
  let userinfo: Record<string, unknown> = {};
  if (config.serverMetadata().userinfo_endpoint && tokens.access_token)
    userinfo = await client.fetchUserInfo(config, tokens.access_token, idClaims.sub);
  return { ...userinfo, ...idClaims } as Record<string, unknown> & { iss: string; sub: string };
}

/**
 * Finishes a login at the callback: takes its state (once: a replayed state is OIDC_STATE_INVALID),
 * checks the browser binding, exchanges the code with the PKCE verifier, and lets openid-client check
 * the ID token (signature, issuer, audience, expiry, nonce). Then creates or updates the user linked to
 * the provider account and answers a one-time sign-in code for the web app. Refusals are
 * SsoRefusedError with a stable code; nothing is stored for a refused login.
 */
export async function completeOidcLogin(
  ctx: EngineContext,
  rp: RelyingParty,
  query: URLSearchParams,
  browserSecret: string | undefined,
): Promise<string> {
  const state = query.get('state');
  const login = state ? await takeOidcLogin(ctx.db, hashToken(state)) : undefined;
  if (!login || login.expiresAt <= ctx.clock.now() || login.browserHash !== hashToken(browserSecret ?? ''))
    throw refusal(ErrorCode.OIDC_STATE_INVALID);
  const providerError = query.get('error');
  if (providerError) throw refusal(ErrorCode.OIDC_PROVIDER_ERROR, providerError.slice(0, 100));
  const config = await configurationOf(rp);
  let claims: Record<string, unknown> & { iss: string; sub: string };
  try {
    const tokens = await client.authorizationCodeGrant(config, callbackUrl(rp, query), {
      pkceCodeVerifier: login.codeVerifier,
      expectedState: state as string,
      expectedNonce: login.nonce,
      idTokenExpected: true,
    });
    claims = await claimsOf(config, tokens);
  } catch (err) {
    if (err instanceof SsoRefusedError) throw err;
    throw classifyOidcError(err);
  }
  const mapped = mapClaims(rp.settings.claimRules, claims);
  if (mapped.roles.length === 0) throw refusal(ErrorCode.OIDC_NO_ROLE);
  const user = await provisionUser(ctx, { issuer: claims.iss, subject: claims.sub, claims, mapped }, rp.sites);
  ctx.logger.info('single sign-on', { userId: user.id, issuer: claims.iss });
  return issueSignInCode(ctx, user.id, rp.settings.codeTtlMs);
}
