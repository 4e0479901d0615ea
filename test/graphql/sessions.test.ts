import { strict as assert } from 'node:assert';
import { makeManualClock, saveUser, type ManualClock } from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';

const SIGN_IN =
  'mutation($u: ID!, $p: String!) { signIn(userId: $u, password: $p) { token mustChangePassword user { id } } }';
const CHANGE = 'mutation($o: String!, $n: String!) { changePassword(oldPassword: $o, newPassword: $n) }';
const STRONG = 'ferry lantern quietly 1987 orchids';

describe('GraphQL: sessions and passwords', () => {
  let s: TestServer;
  const signIn = async (userId: string, password: string) => {
    const res = await s.gql(SIGN_IN, { u: userId, p: password }, { token: null });
    return res.data?.signIn ?? res;
  };
  const me = async (token: string) => s.gql('{ me { id } }', {}, { token });
  beforeEach(async () => {
    s = await startTestServer();
    await saveUser(s.server.engine, null, { id: 'rita', name: 'Rita Agent', roles: ['agent'], password: 'pw-rita-1' });
  });
  afterEach(() => s.close());

  it("signOut revokes the caller's token and no other", async () => {
    const a = await signIn('rita', 'pw-rita-1');
    const b = await signIn('rita', 'pw-rita-1');
    assert.equal(a.mustChangePassword, false);
    assert.deepEqual((await s.gql('mutation { signOut }', {}, { token: a.token })).data, { signOut: true });
    assert.equal(codeOf(await me(a.token)), 'UNAUTHENTICATED');
    assert.equal(codeOf(await s.gql('mutation { signOut }', {}, { token: a.token })), 'UNAUTHENTICATED');
    assert.equal((await me(b.token)).data.me.id, 'rita');
    assert.equal(codeOf(await s.gql('mutation { signOut }', {}, { token: null })), 'UNAUTHENTICATED');
  });

  it("revokeTokens: an admin revokes all of a user's tokens; anyone else is FORBIDDEN", async () => {
    const a = await signIn('rita', 'pw-rita-1');
    const b = await signIn('rita', 'pw-rita-1');
    const REVOKE = 'mutation($u: ID!) { revokeTokens(userId: $u) }';
    const refused = await s.gql(REVOKE, { u: 'expert' }, { token: a.token });
    assert.equal(codeOf(refused), 'FORBIDDEN');
    assert.equal(codeOf(await s.gql(REVOKE, { u: 'rita' }, { as: 'supervisor' })), 'FORBIDDEN');
    assert.deepEqual((await s.gql(REVOKE, { u: 'rita' })).data, { revokeTokens: 2 });
    assert.equal(codeOf(await me(a.token)), 'UNAUTHENTICATED');
    assert.equal(codeOf(await me(b.token)), 'UNAUTHENTICATED');
    assert.deepEqual((await s.gql(REVOKE, { u: 'rita' })).data, { revokeTokens: 0 });
    assert.equal(codeOf(await s.gql(REVOKE, { u: 'ghost' })), 'NOT_FOUND');
    assert.ok((await signIn('rita', 'pw-rita-1')).token, 'the password still works');
  });

  it('changePassword checks the old password and the strength rule, then revokes the other tokens', async () => {
    const mine = await signIn('rita', 'pw-rita-1');
    const other = await signIn('rita', 'pw-rita-1');
    const wrong = await s.gql(CHANGE, { o: 'nope', n: STRONG }, { token: mine.token });
    assert.deepEqual([codeOf(wrong), wrong.errors![0].extensions.field], ['BAD_USER_INPUT', 'oldPassword']);
    for (const [weak, rule] of [
      ['short1!', 'length'],
      ['password1234', 'strength'],
      ['qwertyuiop123', 'strength'],
      ['rita-agent', 'strength'],
      ['Password123!', 'strength'],
      ['x'.repeat(257), 'length'],
    ]) {
      const res = await s.gql(CHANGE, { o: 'pw-rita-1', n: weak }, { token: mine.token });
      assert.equal(codeOf(res), 'BAD_USER_INPUT', weak);
      assert.deepEqual([res.errors![0].extensions.field, res.errors![0].extensions.rule], ['newPassword', rule], weak);
    }
    const same = await s.gql(CHANGE, { o: 'pw-rita-1', n: 'pw-rita-1' }, { token: mine.token });
    assert.equal(same.errors![0].extensions.field, 'newPassword');
    assert.equal(codeOf(await s.gql(CHANGE, { o: 'pw-rita-1', n: STRONG }, { as: 'rita' })), 'FORBIDDEN');
    assert.ok((await me(other.token)).data.me, 'nothing changed so far');
    assert.deepEqual((await s.gql(CHANGE, { o: 'pw-rita-1', n: STRONG }, { token: mine.token })).data, {
      changePassword: true,
    });
    assert.equal((await me(mine.token)).data.me.id, 'rita', 'the token that changed it stays');
    assert.equal(codeOf(await me(other.token)), 'UNAUTHENTICATED', 'other sessions end');
    assert.equal(codeOf(await s.gql(SIGN_IN, { u: 'rita', p: 'pw-rita-1' }, { token: null })), 'UNAUTHENTICATED');
    assert.ok((await signIn('rita', STRONG)).token);
  });

  it('resetPassword gives a one-time password whose token may only change the password', async () => {
    const before = await signIn('rita', 'pw-rita-1');
    const RESET = 'mutation($u: ID!) { resetPassword(userId: $u) }';
    // The role matrix: supervisors reset experts' and agents' passwords only, nobody their own.
    assert.equal(codeOf(await s.gql(RESET, { u: 'designer' }, { as: 'supervisor' })), 'FORBIDDEN');
    assert.equal(codeOf(await s.gql(RESET, { u: 'rita' }, { as: 'rita' })), 'FORBIDDEN');
    assert.equal(codeOf(await s.gql(RESET, { u: 'ghost' })), 'NOT_FOUND');
    const oneTime = (await s.gql(RESET, { u: 'rita' })).data.resetPassword;
    assert.match(oneTime, /^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    assert.equal(codeOf(await me(before.token)), 'UNAUTHENTICATED', 'a reset ends the sessions');
    assert.equal(codeOf(await s.gql(SIGN_IN, { u: 'rita', p: 'pw-rita-1' }, { token: null })), 'UNAUTHENTICATED');
    const limited = await signIn('rita', oneTime);
    assert.equal(limited.mustChangePassword, true);
    for (const query of [
      '{ me { id } }',
      '{ tasks { totalCount } }',
      'mutation { claimTask(id: "x") { id } }',
      'mutation { revokeTokens(userId: "rita") }',
    ]) {
      const res = await s.gql(query, {}, { token: limited.token });
      assert.equal(codeOf(res), 'PASSWORD_CHANGE_REQUIRED', query);
      assert.match(res.errors![0].message, /changePassword/);
    }
    assert.deepEqual((await s.gql(CHANGE, { o: oneTime, n: STRONG }, { token: limited.token })).data, {
      changePassword: true,
    });
    assert.equal((await me(limited.token)).data.me.id, 'rita', 'the same token is a full session now');
    const after = await signIn('rita', STRONG);
    assert.equal(after.mustChangePassword, false);
    assert.equal(codeOf(await s.gql(SIGN_IN, { u: 'rita', p: oneTime }, { token: null })), 'UNAUTHENTICATED');
  });

  it('lets a reset user sign out without changing the password', async () => {
    const oneTime = (await s.gql('mutation { resetPassword(userId: "rita") }')).data.resetPassword;
    const limited = await signIn('rita', oneTime);
    assert.deepEqual((await s.gql('mutation { signOut }', {}, { token: limited.token })).data, { signOut: true });
    assert.equal(codeOf(await me(limited.token)), 'UNAUTHENTICATED');
    assert.equal((await signIn('rita', oneTime)).mustChangePassword, true, 'still must change it next time');
  });
});

describe('GraphQL: token lifetime and idle timeout', () => {
  let s: TestServer;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = makeManualClock();
    s = await startTestServer({ CROSSDESK_SESSION_HOURS: '2', CROSSDESK_SESSION_IDLE_MINUTES: '10' }, { clock });
    await saveUser(s.server.engine, null, { id: 'rita', name: 'Rita', roles: ['agent'], password: 'pw-rita-1' });
  });
  afterEach(() => s.close());

  const signIn = async () =>
    (await s.gql('mutation { signIn(userId: "rita", password: "pw-rita-1") { token } }', {}, { token: null })).data
      .signIn.token as string;
  const me = (token: string) => s.gql('{ me { id } }', {}, { token });

  it('ends a session unused for CROSSDESK_SESSION_IDLE_MINUTES; each use starts the idle time again', async () => {
    const token = await signIn();
    clock.advance(9 * 60_000);
    assert.equal((await me(token)).data.me.id, 'rita');
    clock.advance(9 * 60_000);
    assert.equal((await me(token)).data.me.id, 'rita', '18 minutes old, 9 idle');
    clock.advance(10 * 60_000);
    const idle = await me(token);
    assert.equal(codeOf(idle), 'UNAUTHENTICATED');
    assert.match(idle.errors![0].message, /10 minutes without use/);
  });

  it('ends a session after CROSSDESK_SESSION_HOURS however busy, and never idles out the admin token', async () => {
    const token = await signIn();
    for (let minutes = 5; minutes < 120; minutes += 5) {
      clock.advance(5 * 60_000);
      assert.equal((await me(token)).data?.me.id, 'rita', `after ${minutes} minutes`);
    }
    clock.advance(5 * 60_000);
    assert.equal(codeOf(await me(token)), 'UNAUTHENTICATED');
    assert.equal((await s.gql('{ me { id } }')).data.me.id, 'admin', 'the configured admin token has no idle timeout');
  });
});
