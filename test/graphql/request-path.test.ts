import { strict as assert } from 'node:assert';
import { saveUser } from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

/** What one request costs the server besides its own work (issue 25, docs/benchmarks.md "Cost per command"). */
describe('GraphQL: the request path', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
    await saveUser(s.server.engine, null, { id: 'rita', name: 'Rita Agent', roles: ['agent'], password: 'pw-rita-1' });
  });
  afterEach(() => s.close());

  it('given a signed-in caller asking for itself, then the users table is read once: by authentication, not again by `me`', async () => {
    const signIn = await s.gql(
      'mutation { signIn(userId: "rita", password: "pw-rita-1") { token } }',
      {},
      { token: null },
    );
    const token = signIn.data.signIn.token;
    const reads: string[] = [];
    const listen = (q: { sql: string }) => /from [`"]users[`"]/.test(q.sql) && reads.push(q.sql);
    s.server.engine.db.on('query', listen);
    const res = await s.gql('{ me { id name roles } }', {}, { token });
    s.server.engine.db.off('query', listen);
    assert.deepEqual(res.data, { me: { id: 'rita', name: 'Rita Agent', roles: ['agent'] } });
    assert.equal(reads.length, 1, reads.join('\n'));
  });

  it('given an admin acting for a user, then `me` is that user, not the admin whose row authentication read', async () => {
    const res = await s.gql('{ me { id } }', {}, { as: 'rita' });
    assert.deepEqual(res.data, { me: { id: 'rita' } });
  });
});
