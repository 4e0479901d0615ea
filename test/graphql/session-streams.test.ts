import { strict as assert } from 'node:assert';
import { loadConfig } from '../../config.ts';
import { saveUser } from '../../engine/index.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { subscribe, waitFor, type Subscription } from './http-helpers.ts';

const MY_WORK = 'subscription { myWork { type } }';
/** waitFor polls every 5 ms: this is 6 seconds, three rounds of the session check. */
const SECONDS_6 = 1200;

describe('GraphQL: open subscriptions end with their session (SSE over HTTP)', () => {
  let s: TestServer;
  const open: Subscription[] = [];
  const signIn = async (url = s.server.url) => {
    const res = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'mutation { signIn(userId: "rita", password: "pw-rita-1") { token } }' }),
    });
    return ((await res.json()) as any).data.signIn.token as string;
  };
  const watch = async (token: string, url = s.server.url) => {
    const sub = await subscribe(url, MY_WORK, { authorization: `Bearer ${token}` });
    open.push(sub);
    return sub;
  };
  beforeEach(async () => {
    s = await startTestServer();
    await saveUser(s.server.engine, null, { id: 'rita', name: 'Rita', roles: ['agent'], password: 'pw-rita-1' });
  });
  afterEach(async () => {
    await Promise.all(open.splice(0).map((sub) => sub.close()));
    await s.close();
  });

  it('ends the stream of a token that signs out, and only that one', async () => {
    const [mine, other] = [await signIn(), await signIn()];
    const [stream, otherStream] = [await watch(mine), await watch(other)];
    await new Promise((r) => setTimeout(r, 100));
    assert.equal(stream.ended(), false, 'open before the sign-out');
    await s.gql('mutation { signOut }', {}, { token: mine });
    await waitFor(() => stream.ended(), 'the signed-out stream to end', SECONDS_6);
    assert.equal(otherStream.ended(), false);
  });

  it('ends every stream of a user whose tokens an admin revokes', async () => {
    const streams = [await watch(await signIn()), await watch(await signIn())];
    await s.gql('mutation { revokeTokens(userId: "rita") }');
    await waitFor(() => streams.every((st) => st.ended()), 'the revoked streams to end', SECONDS_6);
  });

  it('ends the streams of a deactivated user within seconds', async () => {
    const again = await watch(await signIn());
    const started = Date.now();
    // Deactivated straight in the engine: no mutation on this node asks for a check, the periodic one finds it.
    await saveUser(s.server.engine, null, { id: 'rita', name: 'Rita', roles: ['agent'], active: false });
    await waitFor(() => again.ended(), "the deactivated user's stream to end", SECONDS_6);
    assert.ok(Date.now() - started < 6000);
  });

  it('ends a stream on one node when the token is revoked through another', async () => {
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', CROSSDESK_DEMO: 'false', LOG_LEVEL: 'silent' });
    const other: RunningServer = await startServer(config, await s.testDb.reopen(), { keepDb: true });
    try {
      const token = await signIn();
      const stream = await watch(token, other.url);
      await s.gql('mutation { signOut }', {}, { token });
      await waitFor(() => stream.ended(), 'the stream on the other node to end', SECONDS_6);
    } finally {
      await other.close();
    }
  });
});
