import { strict as assert } from 'node:assert';
import { insertOidcLogin, upsertUser } from '../../../../models/index.ts';
import { hashToken } from '../../../../engine/people/users/index.ts';
import {
  completeOidcLogin,
  makeRelyingParty,
  parseClaimMap,
  redeemSignInCode,
} from '../../../../engine/people/sso/index.ts';
import { issueSignInCode } from '../../../../engine/people/sso/sign-in-codes.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

describe('single sign-on: one-time codes and logins expire on the engine clock', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await upsertUser(t.ctx.db, {
      id: 'ana',
      name: 'Ana',
      email: null,
      roles: ['agent'],
      groups: [],
      active: true,
      createdAt: 0,
    });
  });
  afterEach(() => t.close());

  it('redeems a sign-in code within its lifetime, once; an expired one is SIGN_IN_CODE_INVALID', async () => {
    const fresh = await issueSignInCode(t.ctx, 'ana', 60_000);
    const late = await issueSignInCode(t.ctx, 'ana', 60_000);
    const session = await redeemSignInCode(t.ctx, fresh);
    assert.equal(session.user.id, 'ana');
    assert.ok(session.token.length > 20);
    await assert.rejects(redeemSignInCode(t.ctx, fresh), { code: 'SIGN_IN_CODE_INVALID' });
    t.clock.advance(60_001);
    await assert.rejects(redeemSignInCode(t.ctx, late), { code: 'SIGN_IN_CODE_INVALID' });
    await assert.rejects(redeemSignInCode(t.ctx, 'x'.repeat(500)), { code: 'SIGN_IN_CODE_INVALID' });
  });

  it('refuses a callback after the login expired (OIDC_STATE_INVALID) without asking the provider', async () => {
    // An issuer nobody listens on: reaching it would fail otherwise (OIDC_PROVIDER_UNAVAILABLE).
    const rp = makeRelyingParty({
      issuer: 'http://127.0.0.1:9',
      clientId: 'c',
      redirectBase: 'http://127.0.0.1:1',
      providerName: 'P',
      scopes: 'openid',
      claimRules: parseClaimMap('groups:a=>role:agent'),
      loginTtlMs: 600_000,
      codeTtlMs: 60_000,
      timeoutMs: 1000,
      httpAllow: [],
    });
    try {
      const now = t.ctx.clock.now();
      const login = {
        browserHash: hashToken('b'),
        nonce: 'n',
        codeVerifier: 'v',
        createdAt: now,
        expiresAt: now + 600_000,
      };
      await insertOidcLogin(t.ctx.db, { ...login, stateHash: hashToken('late') });
      t.clock.advance(600_001);
      const query = new URLSearchParams({ state: 'late', code: 'c' });
      await assert.rejects(completeOidcLogin(t.ctx, rp, query, 'b'), { code: 'OIDC_STATE_INVALID' });
    } finally {
      await rp.close();
    }
  });
});
