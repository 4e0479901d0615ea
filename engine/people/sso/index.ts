/** Single sign-on through an OpenID Connect provider (authorization code flow with PKCE, openid-client). */
export {
  parseClaimMap,
  mapClaims,
  claimValues,
  CLAIM_TARGETS,
  type ClaimRule,
  type MappedClaims,
} from './claim-map.ts';
export { makeRelyingParty, type RelyingParty, type RelyingPartyOptions } from './relying-party.ts';
export { beginOidcLogin, completeOidcLogin, type StartedLogin } from './oidc-login.ts';
export { redeemSignInCode, SignInCodeInvalidError } from './sign-in-codes.ts';
export { CALLBACK_PATH, LOGIN_PATH, redirectUri, type SsoSettings } from './settings.ts';
export { makeSiteAssignment, type SiteAssignment } from './site-assignment.ts';
