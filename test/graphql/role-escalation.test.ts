import { strict as assert } from 'node:assert';
import { loadConfig } from '../../config.ts';
import { getUser, saveUser } from '../../engine/index.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { makeTestDb, type TestDb } from '../support/context.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const refundXml = sharedFixture('refund.bpmn');
const UPSERT = 'mutation($input: AgentInput!) { upsertAgent(input: $input) { id } }';
const DEPLOY = 'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }';

describe('GraphQL: user management cannot be turned against its rules', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
  });
  afterEach(() => s.close());
  const user = (id: string) => getUser(s.server.engine, id);

  it('stops a supervisor from making itself designer (and then deploying)', async () => {
    const self = await s.gql(
      UPSERT,
      { input: { id: 'supervisor', roles: ['supervisor', 'designer'] } },
      { as: 'supervisor' },
    );
    assert.equal(codeOf(self), 'FORBIDDEN', JSON.stringify(self));
    assert.equal(self.errors![0].extensions.reason, 'OWN_ACCOUNT');
    assert.equal(codeOf(await s.gql(DEPLOY, { x: refundXml }, { as: 'supervisor' })), 'FORBIDDEN');
    assert.deepEqual((await user('supervisor'))?.roles, ['supervisor']);
  });

  it('lets a supervisor grant expert and agent to others, but not designer, integrator or supervisor', async () => {
    const grant = (roles: string[]) => s.gql(UPSERT, { input: { id: 'agent', roles } }, { as: 'supervisor' });
    assert.equal((await grant(['agent', 'expert'])).errors, undefined);
    for (const role of ['designer', 'integrator', 'supervisor', 'admin']) {
      const res = await grant(['agent', 'expert', role]);
      assert.deepEqual([codeOf(res), res.errors?.[0].extensions.role], ['FORBIDDEN', role], role);
    }
    assert.deepEqual((await user('agent'))?.roles, ['agent', 'expert']);
  });

  it('stops a supervisor from stripping an admin of its roles', async () => {
    await saveUser(s.server.engine, null, { id: 'boss', name: 'Boss', roles: ['admin'] });
    for (const id of ['boss', 'admin']) {
      const res = await s.gql(UPSERT, { input: { id, roles: [] } }, { as: 'supervisor' });
      assert.equal(codeOf(res), 'FORBIDDEN', `${id}: ${JSON.stringify(res)}`);
    }
    assert.deepEqual((await user('boss'))?.roles, ['admin']);
    assert.equal((await user('admin'))?.roles.length, 6);
  });

  it('refuses user management on the configured admin with a clear error, even from the admin token', async () => {
    for (const input of [
      { id: 'admin', roles: ['expert'] },
      { id: 'admin', skills: [{ name: 'billing', level: 3 }] },
      { id: 'admin', groups: ['x'] },
    ]) {
      const res = await s.gql(UPSERT, { input });
      assert.equal(codeOf(res), 'FORBIDDEN', JSON.stringify(res));
      assert.equal(res.errors![0].extensions.reason, 'MANAGED_BY_CONFIGURATION');
      assert.match(res.errors![0].message, /managed by configuration \(CROSSDESK_ADMIN_TOKEN\)/);
    }
    assert.equal((await user('admin'))?.roles.length, 6);
    assert.deepEqual((await user('admin'))?.groups, []);
  });
});

describe('the configured admin (CROSSDESK_ADMIN_TOKEN) across restarts', () => {
  let testDb: TestDb;
  let server: RunningServer | undefined;
  const start = async (token?: string) => {
    await server?.close();
    const env = { PORT: '0', HOST: '127.0.0.1', CROSSDESK_DEMO: 'false', LOG_LEVEL: 'silent' };
    server = await startServer(loadConfig(token ? { ...env, CROSSDESK_ADMIN_TOKEN: token } : env), testDb.db, {
      keepDb: true,
    });
    return server;
  };
  const me = async (token: string) => {
    const res = await fetch(`${server!.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ me { id roles } }' }),
    });
    return (await res.json()) as { data?: any; errors?: any[] };
  };
  beforeEach(async () => {
    testDb = await makeTestDb();
    server = undefined;
  });
  afterEach(async () => {
    await server?.close();
    await testDb.destroy();
  });

  it('re-creates the admin at each start, active with every role, whatever the database says', async () => {
    await start('first-secret');
    await testDb.db('users').where({ id: 'admin' }).update({ active: false, roles: '["expert"]' });
    assert.equal(codeOf(await me('first-secret')), 'UNAUTHENTICATED');
    await start('first-secret');
    const res = await me('first-secret');
    assert.equal(res.data?.me.id, 'admin', JSON.stringify(res));
    assert.equal(res.data.me.roles.length, 6);
  });

  it('keeps a revoked configured token dead across restarts: a revoked secret never comes back', async () => {
    await start('leaked-secret');
    assert.equal((await me('leaked-secret')).data?.me.id, 'admin');
    await testDb.db('api_tokens').where({ label: 'CROSSDESK_ADMIN_TOKEN' }).update({ revoked_at: Date.now() });
    await start('leaked-secret');
    assert.equal(codeOf(await me('leaked-secret')), 'UNAUTHENTICATED');
    await start('new-secret');
    assert.equal((await me('new-secret')).data?.me.id, 'admin');
  });

  it('revokes the token of an earlier secret when the setting changes or goes away', async () => {
    await start('old-secret');
    await start('new-secret');
    assert.equal(codeOf(await me('old-secret')), 'UNAUTHENTICATED', 'rotated out');
    assert.equal((await me('new-secret')).data?.me.id, 'admin');
    await start(undefined);
    assert.equal(codeOf(await me('new-secret')), 'UNAUTHENTICATED', 'unset: no configured token works');
  });
});
