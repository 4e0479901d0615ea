import { strict as assert } from 'node:assert';
import { loadConfig } from '../../config.ts';
import { makeManualClock, saveUser, type ManualClock } from '../../engine/index.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';

const SIGN_IN = 'mutation($u: ID!, $p: String!) { signIn(userId: $u, password: $p) { token user { id } } }';
// The test server's peer is 127.0.0.1: trusting it lets each request name its client in X-Forwarded-For.
const BEHIND_PROXY = { CROSSDESK_TRUSTED_PROXIES: '127.0.0.1/32' };

/** Signs in over HTTP from `from` (X-Forwarded-For) and answers the GraphQL response. */
async function signInFrom(url: string, userId: string, password: string, from?: string) {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (from) headers['x-forwarded-for'] = from;
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query: SIGN_IN, variables: { u: userId, p: password } }),
  });
  return (await res.json()) as { data?: any; errors?: any[] };
}

const retryAfter = (r: { errors?: any[] }) => r.errors?.[0]?.extensions?.retryAfterSeconds;

describe('GraphQL: sign-in throttling', () => {
  let s: TestServer;
  let clock: ManualClock;
  beforeEach(async () => {
    clock = makeManualClock();
    s = await startTestServer(BEHIND_PROXY, { clock });
    await saveUser(s.server.engine, null, { id: 'rita', name: 'Rita', roles: ['agent'], password: 'pw-rita-1' });
  });
  afterEach(() => s.close());

  it('backs off exponentially per (user, address) after 5 failures, refusing even the right password until the wait is over', async () => {
    const url = s.server.url;
    for (let i = 0; i < 5; i++)
      assert.equal(codeOf(await signInFrom(url, 'rita', `guess-${i}`, '203.0.113.7')), 'UNAUTHENTICATED', `guess ${i}`);
    const sixth = await signInFrom(url, 'rita', 'pw-rita-1', '203.0.113.7');
    assert.equal(codeOf(sixth), 'RATE_LIMITED', 'the right password waits out the back-off too');
    assert.equal(retryAfter(sixth), 1);
    assert.equal(sixth.data, null);
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      clock.advance(retryAfter(await signInFrom(url, 'rita', 'x', '203.0.113.7')) * 1000);
      assert.equal(codeOf(await signInFrom(url, 'rita', `again-${i}`, '203.0.113.7')), 'UNAUTHENTICATED');
      const refused = await signInFrom(url, 'rita', 'pw-rita-1', '203.0.113.7');
      assert.equal(codeOf(refused), 'RATE_LIMITED');
      waits.push(retryAfter(refused));
    }
    assert.deepEqual(waits, [2, 4, 8, 16, 32, 64], 'each failure doubles the wait');
    clock.advance(64_000);
    assert.equal((await signInFrom(url, 'rita', 'pw-rita-1', '203.0.113.7')).data.signIn.user.id, 'rita');
    assert.equal(codeOf(await signInFrom(url, 'rita', 'typo', '203.0.113.7')), 'UNAUTHENTICATED', 'a success resets');
  });

  it('caps the back-off at CROSSDESK_SIGNIN_MAX_BACKOFF_SECONDS', async () => {
    const capped = await startTestServer(
      { ...BEHIND_PROXY, CROSSDESK_SIGNIN_MAX_BACKOFF_SECONDS: '5', CROSSDESK_SIGNIN_FREE_FAILURES: '2' },
      { clock },
    );
    try {
      const url = capped.server.url;
      for (let i = 0; i < 2; i++)
        assert.equal(codeOf(await signInFrom(url, 'expert', 'x', '198.51.100.1')), 'UNAUTHENTICATED');
      const waits: number[] = [];
      for (let i = 0; i < 6; i++) {
        const refused = await signInFrom(url, 'expert', 'x', '198.51.100.1');
        assert.equal(codeOf(refused), 'RATE_LIMITED');
        waits.push(retryAfter(refused));
        clock.advance(retryAfter(refused) * 1000);
        assert.equal(codeOf(await signInFrom(url, 'expert', 'x', '198.51.100.1')), 'UNAUTHENTICATED');
      }
      assert.deepEqual(waits, [1, 2, 4, 5, 5, 5]);
    } finally {
      await capped.close();
    }
  });

  it('never locks the user out from elsewhere: guesses from one address leave other addresses alone', async () => {
    for (let i = 0; i < 12; i++) await signInFrom(s.server.url, 'rita', `guess-${i}`, '203.0.113.66');
    assert.equal(codeOf(await signInFrom(s.server.url, 'rita', 'pw-rita-1', '203.0.113.66')), 'RATE_LIMITED');
    const home = await signInFrom(s.server.url, 'rita', 'pw-rita-1', '192.0.2.10');
    assert.equal(home.data.signIn.user.id, 'rita');
  });

  it('caps failures per user across addresses, sparing the addresses the user signed in from lately', async () => {
    const ceiling = await startTestServer(
      { ...BEHIND_PROXY, CROSSDESK_SIGNIN_USER_FAILURES_PER_HOUR: '10' },
      { clock },
    );
    try {
      const url = ceiling.server.url;
      await saveUser(ceiling.server.engine, null, {
        id: 'rita',
        name: 'Rita',
        roles: ['agent'],
        password: 'pw-rita-1',
      });
      assert.ok((await signInFrom(url, 'rita', 'pw-rita-1', '192.0.2.10')).data.signIn.token, 'rita at home');
      for (let i = 0; i < 10; i++)
        assert.equal(codeOf(await signInFrom(url, 'rita', 'guess', `198.51.100.${i + 1}`)), 'UNAUTHENTICATED');
      const fresh = await signInFrom(url, 'rita', 'pw-rita-1', '198.51.100.200');
      assert.equal(codeOf(fresh), 'RATE_LIMITED', 'a new address meets the per-user ceiling');
      assert.ok(retryAfter(fresh) > 3000 && retryAfter(fresh) <= 3600);
      assert.ok((await signInFrom(url, 'rita', 'pw-rita-1', '192.0.2.10')).data.signIn.token, 'home still works');
      assert.ok((await signInFrom(url, 'expert', 'x', '198.51.100.200')).errors, 'other users are not limited');
      assert.equal(codeOf(await signInFrom(url, 'expert', 'x', '198.51.100.200')), 'UNAUTHENTICATED');
      clock.advance(3600_000);
      assert.ok((await signInFrom(url, 'rita', 'pw-rita-1', '198.51.100.200')).data.signIn.token, 'an hour later');
    } finally {
      await ceiling.close();
    }
  });

  it('caps failures per address across user ids, unknown ids counted like known ones', async () => {
    const ceiling = await startTestServer(
      { ...BEHIND_PROXY, CROSSDESK_SIGNIN_ADDRESS_FAILURES_PER_HOUR: '8' },
      { clock },
    );
    try {
      const url = ceiling.server.url;
      for (let i = 0; i < 8; i++)
        assert.equal(codeOf(await signInFrom(url, `nobody-${i}`, 'x', '203.0.113.9')), 'UNAUTHENTICATED');
      const limited = await signInFrom(url, 'expert', 'x', '203.0.113.9');
      assert.equal(codeOf(limited), 'RATE_LIMITED');
      assert.equal(retryAfter(limited), 3600);
      assert.equal(codeOf(await signInFrom(url, 'expert', 'x', '203.0.113.10')), 'UNAUTHENTICATED', 'next door');
    } finally {
      await ceiling.close();
    }
  });

  it('counts parallel guesses before checking them: a burst of 20 gets at most 6 password checks', async () => {
    const burst = await Promise.all(
      Array.from({ length: 20 }, (_, i) => signInFrom(s.server.url, 'rita', `burst-${i}`, '203.0.113.20')),
    );
    const codes = burst.map(codeOf);
    assert.equal(codes.filter((c) => c === 'UNAUTHENTICATED').length <= 6, true, codes.join(' '));
    assert.equal(codes.filter((c) => c === 'RATE_LIMITED').length >= 14, true, codes.join(' '));
  });

  it('refuses an oversized password without hashing it, counting it like any failure', async () => {
    const started = Date.now();
    const huge = await signInFrom(s.server.url, 'rita', 'x'.repeat(4_000_000), '203.0.113.30');
    assert.equal(codeOf(huge), 'UNAUTHENTICATED');
    assert.ok(Date.now() - started < 5000);
    for (let i = 0; i < 4; i++) await signInFrom(s.server.url, 'rita', 'x', '203.0.113.30');
    assert.equal(codeOf(await signInFrom(s.server.url, 'rita', 'pw-rita-1', '203.0.113.30')), 'RATE_LIMITED');
  });

  it('ignores X-Forwarded-For from a peer that is not a trusted proxy', async () => {
    const direct = await startTestServer({}, { clock });
    try {
      for (let i = 0; i < 5; i++) await signInFrom(direct.server.url, 'expert', 'x', `198.51.100.${i + 1}`);
      const spoofed = await signInFrom(direct.server.url, 'expert', 'x', '198.51.100.99');
      assert.equal(codeOf(spoofed), 'RATE_LIMITED', 'a made-up X-Forwarded-For is no new identity');
    } finally {
      await direct.close();
    }
  });
});

describe('GraphQL: sign-in throttling shared by two nodes on one database', () => {
  let a: TestServer;
  let b: RunningServer;
  beforeEach(async () => {
    const clock = makeManualClock();
    a = await startTestServer(BEHIND_PROXY, { clock });
    const config = loadConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      CROSSDESK_DEMO: 'false',
      LOG_LEVEL: 'silent',
      ...BEHIND_PROXY,
    });
    b = await startServer(config, await a.testDb.reopen(), { keepDb: true, clock });
  });
  afterEach(async () => {
    await b.close();
    await a.close();
  });

  it('counts failures on either node against the same back-off', async () => {
    for (let i = 0; i < 5; i++) {
      const node = i % 2 ? b.url : a.server.url;
      assert.equal(codeOf(await signInFrom(node, 'expert', `g${i}`, '203.0.113.5')), 'UNAUTHENTICATED');
    }
    assert.equal(codeOf(await signInFrom(b.url, 'expert', 'g', '203.0.113.5')), 'RATE_LIMITED');
    assert.equal(codeOf(await signInFrom(a.server.url, 'expert', 'g', '203.0.113.5')), 'RATE_LIMITED');
  });
});
