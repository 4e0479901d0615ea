import { strict as assert } from 'node:assert';
import { saveUser } from '../../engine/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { codeOf } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';

const refundXml = sharedFixture('refund.bpmn');
const SIGN_IN =
  'mutation($u: ID!, $p: String!) { signIn(userId: $u, password: $p) { token user { id name roles groups } } }';

describe('GraphQL: authentication and acting for others', () => {
  let s: TestServer;
  let ritaToken: string;
  beforeEach(async () => {
    s = await startTestServer();
    await saveUser(s.server.engine, null, {
      id: 'rita',
      name: 'Rita Agent',
      roles: ['agent'],
      groups: ['billing'],
      password: 'pw-rita',
    });
    ritaToken = (await s.gql(SIGN_IN, { u: 'rita', p: 'pw-rita' }, { token: null })).data.signIn.token;
  });
  afterEach(() => s.close());

  it('signs in with user id and password and answers `me` for the token', async () => {
    const signed = await s.gql(SIGN_IN, { u: 'rita', p: 'pw-rita' }, { token: null });
    assert.deepEqual(signed.data.signIn.user, {
      id: 'rita',
      name: 'Rita Agent',
      roles: ['agent'],
      groups: ['billing'],
    });
    assert.deepEqual((await s.gql('{ me { id roles } }', {}, { token: signed.data.signIn.token })).data.me, {
      id: 'rita',
      roles: ['agent'],
    });
    assert.equal(codeOf(await s.gql(SIGN_IN, { u: 'rita', p: 'nope' }, { token: null })), 'UNAUTHENTICATED');
    assert.equal(codeOf(await s.gql(SIGN_IN, { u: 'nobody', p: 'pw-rita' }, { token: null })), 'UNAUTHENTICATED');
  });

  it('refuses every other field without a valid token, but signIn works even with a stale one', async () => {
    for (const token of [null, 'not-a-token']) {
      for (const query of [
        '{ me { id } }',
        '{ tasks { totalCount } }',
        '{ processDefinitions { id } }',
        'mutation { claimTask(id: "x") { id } }',
      ]) {
        assert.equal(codeOf(await s.gql(query, {}, { token })), 'UNAUTHENTICATED', `${query} with ${token}`);
      }
    }
    const res = await fetch(`${s.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: 'Basic abc' },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    assert.equal(codeOf((await res.json()) as any), 'UNAUTHENTICATED');
    const again = await s.gql(SIGN_IN, { u: 'rita', p: 'pw-rita' }, { token: 'expired-or-forged' });
    assert.equal(again.data.signIn.user.id, 'rita');
  });

  it('lets the admin token act as a user (X-Act-As), recording the admin in history', async () => {
    assert.equal((await s.gql('{ me { id } }')).data.me.id, 'admin');
    assert.equal((await s.gql('{ me { id } }', {}, { as: 'expert' })).data.me.id, 'expert');
    assert.equal(codeOf(await s.gql('{ me { id } }', {}, { as: 'ghost' })), 'BAD_USER_INPUT');
    await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: refundXml },
      { as: 'designer' },
    );
    const started = await s.gql(
      'mutation { startProcess(input: { key: "refund", variables: { amount: 1, customer: { name: "Al" } } }) { tasks { id } } }',
    );
    const claimed = await s.gql(
      'mutation($id: ID!) { claimTask(id: $id) { assignee { id } history { type actor { id } onBehalfOf } } }',
      { id: started.data.startProcess.tasks[0].id },
      { as: 'expert' },
    );
    assert.deepEqual(claimed.data.claimTask.assignee, { id: 'expert' });
    assert.deepEqual(
      claimed.data.claimTask.history.find((h: any) => h.type === 'task.claimed'),
      { type: 'task.claimed', actor: { id: 'expert' }, onBehalfOf: 'admin' },
    );
  });

  it('refuses X-Act-As from a non-admin with FORBIDDEN', async () => {
    const res = await s.gql('{ me { id } }', {}, { token: ritaToken, as: 'supervisor' });
    assert.equal(codeOf(res), 'FORBIDDEN');
    assert.equal(res.data?.me ?? null, null);
    assert.equal((await s.gql('{ me { id } }', {}, { token: ritaToken })).data.me.id, 'rita');
  });
});
