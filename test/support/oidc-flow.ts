import { createServer } from 'node:net';
import { ADMIN_TOKEN, startTestServer, type TestServer } from './server.ts';
import {
  CookieJar,
  getManual,
  loginAtProvider,
  startTestProvider,
  type TestAccount,
  type TestProvider,
} from './oidc-provider.ts';

/** A free TCP port: the relying party's redirect URI must be registered before it listens. */
export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

export const CLAIM_MAP =
  'groups:cc-agents=>role:agent, groups:cc-supervisors=>role:supervisor, groups:cc-admins=>role:admin, groups:billing=>group:billing, office:paris=>site:paris';

/** The test provider and a Crossdesk server signing in through it. */
export interface SsoRig {
  provider: TestProvider;
  s: TestServer;
  close(): Promise<void>;
}

/** Starts the provider (with `accounts`) and a Crossdesk server configured for it (plus `env`). */
export async function startSsoRig(
  accounts: Record<string, TestAccount>,
  env: Record<string, string> = {},
): Promise<SsoRig> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const provider = await startTestProvider(`${base}/auth/oidc/callback`, accounts);
  const s = await startTestServer({
    PORT: String(port),
    CROSSDESK_OIDC_ISSUER: provider.issuer,
    CROSSDESK_OIDC_CLIENT_ID: provider.clientId,
    CROSSDESK_OIDC_CLIENT_SECRET: provider.clientSecret,
    CROSSDESK_OIDC_REDIRECT_BASE: base,
    CROSSDESK_OIDC_PROVIDER_NAME: 'Contoso ID',
    CROSSDESK_OIDC_CLAIM_MAP: CLAIM_MAP,
    CROSSDESK_OIDC_SCOPES: 'openid profile email groups',
    ...env,
  });
  return {
    provider,
    s,
    async close() {
      await s.close();
      await provider.close();
    },
  };
}

/** Where the callback sent the browser: the sign-in page with `sso_code` or `sso_error`. */
export interface CallbackOutcome {
  status: number;
  code?: string;
  error?: string;
  /** The callback URL the provider sent the browser to (tests replay it). */
  callbackUrl: string;
  jar: CookieJar;
}

export function readOutcome(res: Response, callbackUrl: string, jar: CookieJar): CallbackOutcome {
  const location = res.headers.get('location') ?? '';
  const params = new URLSearchParams(location.split('?')[1] ?? '');
  return {
    status: res.status,
    code: params.get('sso_code') ?? undefined,
    error: params.get('sso_error') ?? undefined,
    callbackUrl,
    jar,
  };
}

/** A whole sign-in as a browser: /auth/oidc/login, the provider's login page, the callback. */
export async function ssoSignIn(
  rig: SsoRig,
  login: string,
  edit?: (authorizationUrl: URL) => void,
): Promise<CallbackOutcome> {
  const jar = new CookieJar();
  const start = await getManual(`${rig.s.server.url}/auth/oidc/login`, jar);
  if (start.status !== 302) throw new Error(`/auth/oidc/login answered ${start.status}`);
  const authorizationUrl = new URL(start.headers.get('location') as string);
  edit?.(authorizationUrl);
  const callbackUrl = await loginAtProvider(authorizationUrl.href, login);
  return readOutcome(await getManual(callbackUrl, jar), callbackUrl, jar);
}

/** Redeems a sign-in code through GraphQL. */
export const redeem = (s: TestServer, code: string) =>
  s.gql(
    'mutation($c: String!) { redeemSignInCode(code: $c) { token user { id name email roles groups } } }',
    { c: code },
    { token: null },
  );

export { ADMIN_TOKEN };
