import { strict as assert } from 'node:assert';
import { findIdentityLink, findUser } from '../../../models/index.ts';
import { codeOf } from '../../graphql/http-helpers.ts';
import { decodeClaims, getManual, newSigningKey, CookieJar } from '../../support/oidc-provider.ts';
import { redeem, ssoSignIn, startSsoRig, type SsoRig } from '../../support/oidc-flow.ts';
import { startTestServer } from '../../support/server.ts';

const ACCOUNTS = {
  ana: {
    name: 'Ana Ortiz',
    preferred_username: 'ana',
    email: 'ana@contoso.example',
    groups: ['cc-agents', 'billing'],
    office: 'paris',
  },
  sam: { name: 'Sam Boss', preferred_username: 'sam', email: 'sam@contoso.example', groups: ['cc-supervisors'] },
  nobody: { name: 'No Role', preferred_username: 'nobody', groups: ['marketing'] },
};

/** Re-signs the provider's ID token with some claims changed (with its own key unless another is given). */
const rewrite =
  (change: (claims: Record<string, unknown>) => Record<string, unknown>, key?: () => Promise<import('jose').JWK>) =>
  async (idToken: string, provider: SsoRig['provider']) =>
    provider.sign(change(decodeClaims(idToken)), key ? await key() : undefined);

const now = () => Math.floor(Date.now() / 1000);

describe('single sign-on routes (/auth/oidc/login, /auth/oidc/callback) against oidc-provider', function () {
  this.timeout(30_000);
  let rig: SsoRig;
  beforeEach(async () => {
    rig = await startSsoRig(ACCOUNTS);
  });
  afterEach(() => rig.close());

  it('signs a new person in: user made from the claims, linked by issuer + subject, one-time code for a session', async () => {
    const outcome = await ssoSignIn(rig, 'ana');
    assert.equal(outcome.status, 303);
    assert.equal(outcome.error, undefined);
    assert.ok(outcome.code && outcome.code.length >= 40);
    const result = await redeem(rig.s, outcome.code);
    const signedIn = result.data.redeemSignInCode;
    assert.deepEqual(signedIn.user, {
      id: 'ana',
      name: 'Ana Ortiz',
      email: 'ana@contoso.example',
      roles: ['agent'],
      groups: ['billing'],
    });
    const me = await rig.s.gql('{ me { id roles } }', {}, { token: signedIn.token });
    assert.deepEqual(me.data.me, { id: 'ana', roles: ['agent'] });
    const link = await findIdentityLink(rig.s.testDb.db, rig.provider.issuer, 'ana');
    assert.equal(link?.userId, 'ana');
    // The code worked once.
    assert.equal(codeOf(await redeem(rig.s, outcome.code)), 'SIGN_IN_CODE_INVALID');
  });

  it('sends PKCE (S256), state and nonce, and binds the login to the browser with an HttpOnly cookie', async () => {
    const jar = new CookieJar();
    const res = await getManual(`${rig.s.server.url}/auth/oidc/login`, jar);
    const url = new URL(res.headers.get('location') as string);
    assert.equal(url.origin, rig.provider.issuer);
    assert.equal(url.searchParams.get('code_challenge_method'), 'S256');
    for (const p of ['code_challenge', 'state', 'nonce']) assert.ok((url.searchParams.get(p) ?? '').length >= 40, p);
    assert.equal(url.searchParams.get('redirect_uri'), `${rig.s.server.url}/auth/oidc/callback`);
    const cookie = res.headers.getSetCookie().join('\n');
    assert.match(cookie, /crossdesk_oidc=[\w-]{40,}; Path=\/auth\/oidc; HttpOnly; SameSite=Lax; Max-Age=600/);
  });

  it('updates the linked user at the next sign-in: roles follow the provider', async () => {
    assert.ok((await ssoSignIn(rig, 'ana')).code);
    ACCOUNTS.ana.groups = ['cc-supervisors'];
    try {
      const again = await ssoSignIn(rig, 'ana');
      const user = (await redeem(rig.s, again.code as string)).data.redeemSignInCode.user;
      assert.deepEqual([user.id, user.roles, user.groups], ['ana', ['supervisor'], []]);
    } finally {
      ACCOUNTS.ana.groups = ['cc-agents', 'billing'];
    }
  });

  it('never links an existing user by e-mail or id alone: the provider account gets a user of its own', async () => {
    await rig.s.gql(
      'mutation { createUser(input: { id: "ana", name: "Local Ana", email: "ana@contoso.example", roles: ["admin"] }) { id } }',
    );
    const outcome = await ssoSignIn(rig, 'ana');
    const user = (await redeem(rig.s, outcome.code as string)).data.redeemSignInCode.user;
    assert.notEqual(user.id, 'ana');
    // The e-mail address was a free id; it names the new user, it did not pick an existing one.
    assert.equal(user.id, 'ana@contoso.example');
    assert.deepEqual(user.roles, ['agent']);
    const local = await findUser(rig.s.testDb.db, 'ana');
    assert.deepEqual([local?.name, local?.roles], ['Local Ana', ['admin']]);
  });

  it('refuses a replayed state (the same callback twice): OIDC_STATE_INVALID', async () => {
    const first = await ssoSignIn(rig, 'ana');
    assert.ok(first.code);
    const replay = await getManual(first.callbackUrl, first.jar);
    const params = new URLSearchParams((replay.headers.get('location') ?? '').split('?')[1]);
    assert.equal(params.get('sso_error'), 'OIDC_STATE_INVALID');
    assert.equal(params.get('sso_code'), null);
  });

  it('refuses a callback in another browser (no binding cookie): OIDC_STATE_INVALID', async () => {
    const jar = new CookieJar();
    const start = await getManual(`${rig.s.server.url}/auth/oidc/login`, jar);
    const { loginAtProvider } = await import('../../support/oidc-provider.ts');
    const callbackUrl = await loginAtProvider(start.headers.get('location') as string, 'ana');
    const res = await getManual(callbackUrl, new CookieJar());
    assert.match(res.headers.get('location') ?? '', /sso_error=OIDC_STATE_INVALID/);
    assert.equal(await findIdentityLink(rig.s.testDb.db, rig.provider.issuer, 'ana'), undefined);
  });

  const refusals: [string, string, Parameters<typeof rewrite>][] = [
    ['a token from a wrong issuer', 'OIDC_WRONG_ISSUER', [(c) => ({ ...c, iss: 'https://evil.example' })]],
    ['an expired token', 'OIDC_TOKEN_EXPIRED', [(c) => ({ ...c, iat: now() - 7200, exp: now() - 3600 })]],
    ['a bad signature', 'OIDC_BAD_SIGNATURE', [(c) => c, newSigningKey]],
    ['a wrong audience', 'OIDC_WRONG_AUDIENCE', [(c) => ({ ...c, aud: 'someone-else' })]],
  ];
  for (const [what, code, args] of refusals)
    it(`refuses ${what}: ${code}, nothing stored`, async () => {
      rig.provider.tamper = rewrite(...args);
      const outcome = await ssoSignIn(rig, 'ana');
      assert.equal(outcome.error, code);
      assert.equal(outcome.code, undefined);
      assert.equal(await findUser(rig.s.testDb.db, 'ana'), undefined);
      assert.equal(await findIdentityLink(rig.s.testDb.db, rig.provider.issuer, 'ana'), undefined);
    });

  it("refuses a replayed nonce (an earlier sign-in's genuine ID token): OIDC_NONCE_MISMATCH", async () => {
    assert.ok((await ssoSignIn(rig, 'sam')).code);
    const earlier = rig.provider.issuedIdTokens[0];
    rig.provider.tamper = async () => earlier;
    const outcome = await ssoSignIn(rig, 'sam');
    assert.equal(outcome.error, 'OIDC_NONCE_MISMATCH');
  });

  it('refuses a person the claim map gives no role: OIDC_NO_ROLE, no user made', async () => {
    const outcome = await ssoSignIn(rig, 'nobody');
    assert.equal(outcome.error, 'OIDC_NO_ROLE');
    assert.equal(await findUser(rig.s.testDb.db, 'nobody'), undefined);
  });

  it('refuses a deactivated user: OIDC_USER_INACTIVE', async () => {
    assert.ok((await ssoSignIn(rig, 'sam')).code);
    await rig.s.gql('mutation { deactivateUser(userId: "sam") { id } }');
    assert.equal((await ssoSignIn(rig, 'sam')).error, 'OIDC_USER_INACTIVE');
  });

  it('answers what the sign-in page offers without a token', async () => {
    const res = await rig.s.gql(
      '{ signInOptions { localPasswords singleSignOn { providerName loginPath } } }',
      {},
      { token: null },
    );
    assert.deepEqual(res.data.signInOptions, {
      localPasswords: true,
      singleSignOn: { providerName: 'Contoso ID', loginPath: '/auth/oidc/login' },
    });
  });
});

describe('local passwords turned off (CROSSDESK_LOCAL_PASSWORDS=false)', function () {
  this.timeout(30_000);
  let rig: SsoRig;
  before(async () => {
    rig = await startSsoRig(ACCOUNTS, { CROSSDESK_LOCAL_PASSWORDS: 'false' });
  });
  after(() => rig.close());

  it('refuses signIn with a password, admins included: LOCAL_PASSWORDS_DISABLED', async () => {
    const oneTime = (await rig.s.gql('mutation { resetPassword(userId: "admin") }')).data?.resetPassword;
    for (const userId of ['admin', 'alice']) {
      const res = await rig.s.gql(
        'mutation($u: ID!, $p: String!) { signIn(userId: $u, password: $p) { token } }',
        { u: userId, p: oneTime ?? 'x' },
        { token: null },
      );
      assert.equal(codeOf(res), 'LOCAL_PASSWORDS_DISABLED');
    }
    const options = await rig.s.gql('{ signInOptions { localPasswords } }', {}, { token: null });
    assert.equal(options.data.signInOptions.localPasswords, false);
  });

  it('still signs people in through the provider', async () => {
    const outcome = await ssoSignIn(rig, 'sam');
    assert.ok((await redeem(rig.s, outcome.code as string)).data.redeemSignInCode.token);
  });
});

describe('single sign-on not configured', () => {
  it('answers 404 OIDC_NOT_CONFIGURED on both routes and null in signInOptions', async () => {
    const s = await startTestServer();
    try {
      for (const path of ['/auth/oidc/login', '/auth/oidc/callback?state=x&code=y']) {
        const res = await fetch(`${s.server.url}${path}`, { redirect: 'manual' });
        assert.equal(res.status, 404);
        assert.equal(((await res.json()) as { error: string }).error, 'OIDC_NOT_CONFIGURED');
      }
      const options = await s.gql(
        '{ signInOptions { localPasswords singleSignOn { providerName } } }',
        {},
        { token: null },
      );
      assert.deepEqual(options.data.signInOptions, { localPasswords: true, singleSignOn: null });
    } finally {
      await s.close();
    }
  });
});
