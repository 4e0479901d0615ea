import { strict as assert } from 'node:assert';
import {
  loadSession,
  passwordChanged,
  saveSession,
  signInRefusal,
  ssoRefusalMessage,
  ssoReturn,
} from '../../web/src/lib/session.ts';

const memory = () => {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
  };
};
const user = { id: 'rita', name: 'Rita', roles: ['agent'], groups: [] };

describe('web: stored session', () => {
  it('keeps whether the password must be changed (absent in sessions stored before: no)', () => {
    const store = memory();
    saveSession(store, { token: 't', user, mustChangePassword: true });
    assert.equal(loadSession(store)!.mustChangePassword, true);
    store.setItem('crossdesk.session', JSON.stringify({ token: 't', user }));
    assert.equal(loadSession(store)!.mustChangePassword ?? false, false);
    assert.equal(passwordChanged({ token: 't', user, mustChangePassword: true }).mustChangePassword, false);
  });

  it('tells a throttled sign-in (with the wait) from a wrong password', () => {
    const throttled = { errors: [{ message: 'x', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 4 } }] };
    assert.deepEqual(signInRefusal(throttled), { key: 'signIn.throttled', seconds: 4 });
    assert.deepEqual(signInRefusal({ errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }), {
      key: 'signIn.failed',
    });
    assert.deepEqual(signInRefusal(new Error('offline')), { key: 'signIn.failed' });
  });
});

describe('web session: back from single sign-on', () => {
  it('reads a one-time code or a refusal code from the sign-in route, and nothing else', () => {
    const code = 'A'.repeat(43);
    assert.deepEqual(ssoReturn({ sso_code: code }), { code });
    assert.deepEqual(ssoReturn({ sso_error: 'OIDC_WRONG_ISSUER' }), { error: 'OIDC_WRONG_ISSUER' });
    assert.equal(ssoReturn({}), null);
    assert.equal(ssoReturn({ sso_code: 'short' }), null);
    assert.equal(ssoReturn({ sso_error: '<script>' }), null);
  });

  it('explains a missing role and a deactivated user, and shows the code otherwise', () => {
    assert.deepEqual(ssoRefusalMessage('OIDC_NO_ROLE'), { key: 'signIn.ssoNoRole' });
    assert.deepEqual(ssoRefusalMessage('OIDC_USER_INACTIVE'), { key: 'signIn.ssoInactive' });
    assert.deepEqual(ssoRefusalMessage('OIDC_STATE_INVALID'), { key: 'signIn.ssoFailed', code: 'OIDC_STATE_INVALID' });
  });
});
