import { strict as assert } from 'node:assert';
import { request } from 'node:http';
import { saveUser } from '../../../engine/index.ts';
import { spyOnResolvers, type ResolverSpy } from '../../support/resolver-spy.ts';
import { ADMIN_TOKEN, startTestServer, type TestServer } from '../../support/server.ts';
import { codeOf, subscribe, waitFor, type Subscription } from '../http-helpers.ts';

/** POSTs `{ me { id } }` and returns the HTTP status, Retry-After and body. */
async function me(s: TestServer, headers: Record<string, string>) {
  const res = await fetch(`${s.server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: '{ me { id } }' }),
  });
  return { status: res.status, retryAfter: res.headers.get('retry-after'), body: (await res.json()) as any };
}

const as = (user: string) => ({ authorization: `Bearer ${ADMIN_TOKEN}`, 'x-act-as': user });
const subscribeCalls = (spy: ResolverSpy) => spy.calls.filter((c) => c === 'Subscription.taskEvents.subscribe').length;

describe('per-user limits: request rate and open subscriptions', () => {
  let s: TestServer;
  let spy: ResolverSpy;
  const start = async (env: Record<string, string>) => {
    spy = spyOnResolvers();
    s = await startTestServer(env);
  };
  afterEach(async () => {
    await s.close();
    spy.restore();
  });

  it('answers the request over the per-minute rate with 429 RATE_LIMITED and Retry-After, before any resolver', async () => {
    await start({ CROSSDESK_REQUEST_RATE_LIMIT: '5' });
    await saveUser(s.server.engine, null, {
      id: 'rita',
      name: 'Rita',
      roles: ['agent'],
      groups: [],
      password: 'pw-rita',
    });
    const signIn = 'mutation { signIn(userId: "rita", password: "pw-rita") { token } }';
    const rita = { authorization: `Bearer ${(await s.gql(signIn, {}, { token: null })).data.signIn.token}` };
    for (let i = 0; i < 5; i++) assert.equal((await me(s, rita)).status, 200);
    spy.calls.length = 0;
    const refused = await me(s, rita);
    assert.equal(refused.status, 429);
    assert.equal(codeOf(refused.body), 'RATE_LIMITED');
    assert.ok(Number(refused.retryAfter) >= 1 && Number(refused.retryAfter) <= 60, String(refused.retryAfter));
    assert.equal(refused.body.errors[0].extensions.retryAfterSeconds, Number(refused.retryAfter));
    assert.equal(refused.body.errors[0].extensions.http, undefined, 'transport details stay in HTTP');
    assert.deepEqual(spy.calls, []);
    // Another user has an allowance of their own.
    assert.equal((await me(s, as('supervisor'))).status, 200);
  });

  it('counts an admin acting as others against the admin, so X-Act-As does not multiply the allowance', async () => {
    await start({ CROSSDESK_REQUEST_RATE_LIMIT: '5' });
    for (const user of ['expert', 'agent', 'designer', 'supervisor', 'integrator'])
      assert.equal((await me(s, as(user))).status, 200);
    assert.equal(codeOf((await me(s, as('outsider'))).body), 'RATE_LIMITED');
  });

  it('limits anonymous requests by client address, each address on its own', async () => {
    await start({ CROSSDESK_REQUEST_RATE_LIMIT: '5' });
    for (let i = 0; i < 5; i++) assert.equal(codeOf((await me(s, {})).body), 'UNAUTHENTICATED');
    assert.equal(codeOf((await me(s, {})).body), 'RATE_LIMITED');
    // Another client (loopback answers from any 127.x address) still gets through.
    const other = await new Promise<any>((resolve, reject) => {
      const url = new URL(`${s.server.url}/graphql`);
      const req = request(
        { host: url.hostname, port: url.port, path: '/graphql', method: 'POST', localAddress: '127.0.0.2' },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += d)).on('end', () => resolve(JSON.parse(text)));
        },
      );
      req.on('error', reject);
      req.setHeader('content-type', 'application/json');
      req.end(JSON.stringify({ query: '{ me { id } }' }));
    });
    assert.equal(codeOf(other), 'UNAUTHENTICATED');
  });

  it('refuses a third open subscription with TOO_MANY_SUBSCRIPTIONS and accepts one again after a close', async () => {
    await start({ CROSSDESK_MAX_SUBSCRIPTIONS: '2' });
    const open: Subscription[] = [];
    const query = 'subscription { taskEvents { type } }';
    try {
      open.push(await subscribe(s.server.url, query, as('expert')));
      open.push(await subscribe(s.server.url, query, as('expert')));
      const third = await subscribe(s.server.url, query, as('expert'));
      open.push(third);
      await waitFor(() => third.events.length > 0 && third.ended(), 'the refusal');
      assert.equal(codeOf(third.events[0]), 'TOO_MANY_SUBSCRIPTIONS');
      assert.equal(third.events[0].errors[0].extensions.limit, 2);
      assert.equal(subscribeCalls(spy), 2, 'the refused one never reached its resolver');
      // The server learns that a client left when its connection closes: retry until the slot is back.
      await open.shift()!.close();
      let fourth: Subscription | undefined;
      for (let i = 0; i < 100 && !fourth; i++) {
        const attempt = await subscribe(s.server.url, query, as('expert'));
        await new Promise((r) => setTimeout(r, 20));
        if (attempt.events.length === 0 && !attempt.ended()) fourth = attempt;
        else await attempt.close();
      }
      assert.ok(fourth, 'a slot was given back when a subscription closed');
      open.push(fourth);
      assert.equal(subscribeCalls(spy), 3);
    } finally {
      for (const sub of open) await sub.close();
    }
  });
});
