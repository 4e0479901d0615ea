import { strict as assert } from 'node:assert';
import { loadSession, passwordChanged, saveSession, signInRefusal } from '../../web/src/lib/session.ts';

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
