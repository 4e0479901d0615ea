import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import Provider from 'oidc-provider';

// oidc-provider announces on the console that it runs with its development defaults (in-memory store,
// development login page) and on Node 20; in tests that is the point, so those lines are dropped.
for (const level of ['warn', 'info'] as const) {
  const original = console[level].bind(console);
  console[level] = (...args: unknown[]) => {
    if (typeof args[0] === 'string' && args[0].includes('oidc-provider ')) return;
    original(...args);
  };
}

/** An account of the test provider: its id is what one types as "login" on the provider's page. */
export type TestAccount = Record<string, unknown>;

/** Rewrites the ID token of the token endpoint's answer (a provider gone wrong, or an attacker in between). */
export type IdTokenTamper = (idToken: string, provider: TestProvider) => Promise<string>;

/** A real OpenID provider (oidc-provider, certified) on a free port of this test process. */
export interface TestProvider {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** The provider's signing key, private part included: tests mint tokens it would sign. */
  readonly key: JWK;
  /** ID tokens the token endpoint answered, in order (after tampering). */
  readonly issuedIdTokens: string[];
  tamper: IdTokenTamper | null;
  /** Signs claims with the provider's key (or another key) as the provider signs ID tokens. */
  sign(claims: Record<string, unknown>, key?: JWK): Promise<string>;
  close(): Promise<void>;
}

export const decodeClaims = (jwt: string) => decodeJwt(jwt) as Record<string, unknown>;

/** A fresh RSA signing key with the provider's key id (so a signature by it looks like the provider's). */
export async function newSigningKey(): Promise<JWK> {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  return { ...(await exportJWK(privateKey)), kid: 'test-key', alg: 'RS256', use: 'sig' };
}

/**
 * Starts oidc-provider with one confidential client whose redirect URI is `redirectUri`, accounts by id
 * (claims such as name, email, groups), its development login page (any password) and a standing grant
 * (no consent page). Claims go into the ID token too.
 */
export async function startTestProvider(
  redirectUri: string,
  accounts: Record<string, TestAccount>,
): Promise<TestProvider> {
  let handler: ReturnType<Provider['callback']> | null = null;
  const server: Server = createServer((req, res) => handler?.(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const key = await newSigningKey();
  const clientId = 'crossdesk';
  const clientSecret = 'test-client-secret-0123456789';
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    jwks: { keys: [key] },
    cookies: { keys: ['test-cookie-key-0123456789'] },
    claims: {
      openid: ['sub'],
      profile: ['name', 'preferred_username'],
      email: ['email', 'email_verified'],
      groups: ['groups', 'office'],
    },
    conformIdTokenClaims: false,
    features: { devInteractions: { enabled: true } },
    async findAccount(_ctx: unknown, id: string) {
      const account = accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: async () => ({ sub: id, ...account }) };
    },
    async loadExistingGrant(ctx: { oidc: { provider: Provider; session?: { accountId?: string } } }) {
      const grant = new ctx.oidc.provider.Grant({ clientId, accountId: ctx.oidc.session?.accountId as string });
      grant.addOIDCScope('openid profile email groups');
      await grant.save();
      return grant;
    },
  });
  const test: TestProvider = {
    issuer,
    clientId,
    clientSecret,
    key,
    issuedIdTokens: [],
    tamper: null,
    async sign(claims, signingKey = key) {
      const { importJWK } = await import('jose');
      return new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: signingKey.kid })
        .sign(await importJWK(signingKey, 'RS256'));
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === '/token' && body?.id_token) {
      if (test.tamper) body.id_token = await test.tamper(body.id_token, test);
      test.issuedIdTokens.push(body.id_token);
    }
  });
  handler = provider.callback();
  return test;
}

/** Cookies of one origin, as a browser keeps them (paths ignored: the tests' servers do not rely on them). */
export class CookieJar {
  private readonly cookies = new Map<string, string>();
  take(res: Response): void {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at).trim();
      const value = pair.slice(at + 1).trim();
      if (/max-age=0\b/i.test(line) || value === '') this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }
  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  get(name: string): string | undefined {
    return this.cookies.get(name);
  }
}

/** GET without following redirects, with a jar's cookies. */
export async function getManual(url: string, jar: CookieJar): Promise<Response> {
  const res = await fetch(url, { redirect: 'manual', headers: { cookie: jar.header() } });
  jar.take(res);
  return res;
}

/**
 * Walks the provider's side of a sign-in as a browser would: from an authorization URL through the
 * login page (any password) to the redirect back to the relying party; answers that callback URL.
 */
export async function loginAtProvider(authorizationUrl: string, login: string, jar = new CookieJar()): Promise<string> {
  let url = authorizationUrl;
  const origin = new URL(authorizationUrl).origin;
  for (let hop = 0; hop < 12; hop++) {
    const res = await getManual(url, jar);
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url);
      if (next.origin !== origin) return next.href;
      url = next.href;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`the provider answered ${res.status} without a form at ${url}: ${html.slice(0, 300)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? 'login';
    const form = new URLSearchParams({ prompt, login, password: 'any' });
    const posted = await fetch(new URL(action, url), {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie: jar.header(), 'content-type': 'application/x-www-form-urlencoded' },
      body: form,
    });
    jar.take(posted);
    url = new URL(posted.headers.get('location') as string, url).href;
  }
  throw new Error('the provider did not send the browser back');
}
