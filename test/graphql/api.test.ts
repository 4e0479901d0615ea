import { strict as assert } from 'node:assert';
import { startTestServer, type TestServer } from '../support/server.ts';
import { claimTask, queryTasks, startProcess, TaskSort } from '../../engine/index.ts';
import { actors } from '../support/actors.ts';
import { codeOf } from './http-helpers.ts';
import { sharedFixture } from '../support/fixtures.ts';
import { reportsCaughtUp } from '../support/reports.ts';

const refundXml = sharedFixture('refund.bpmn');

const DEPLOY = 'mutation($xml: String!) { deployProcess(input: { name: "refund", bpmnXml: $xml }) { id key version } }';
const START =
  'mutation($v: JSON) { startProcess(input: { key: "refund", businessKey: "CASE-9", variables: $v }) { id state activeElementIds } }';
const TASKS = `query($f: TaskFilter, $first: Int, $after: String) { tasks(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id name state elementId priority candidateGroups skills { name level } slaDueAt
  assignee { id } processInstance { id businessKey } variables } } } }`;

describe('GraphQL API over HTTP', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
  });
  afterEach(() => s.close());

  it('enforces roles: a designer deploys, an expert may not', async () => {
    assert.equal(codeOf(await s.gql(DEPLOY, { xml: refundXml }, { as: 'expert' })), 'FORBIDDEN');
    const deployed = await s.gql(DEPLOY, { xml: refundXml }, { as: 'designer' });
    assert.deepEqual(deployed.data.deployProcess, { id: 'refund:1', key: 'refund', version: 1 });
    const again = await s.gql(DEPLOY, { xml: refundXml }, { as: 'designer' });
    assert.equal(again.data.deployProcess.version, 1, 'identical XML keeps the version');
  });

  it('rejects an invalid model with BPMN_INVALID listing every problem, and stores nothing', async () => {
    const bad = refundXml
      .replace('<bpmn:exclusiveGateway id="decision"', '<bpmn:complexGateway id="decision"')
      .replace('</bpmn:exclusiveGateway>', '</bpmn:complexGateway>')
      .replace('crossdesk:sla="PT4H"', 'crossdesk:sla="4 hours"');
    const result = await s.gql(DEPLOY, { xml: bad }, { as: 'designer' });
    assert.equal(codeOf(result), 'BPMN_INVALID');
    const problems = result.errors![0].extensions.problems as { elementId: string; rule: string }[];
    assert.ok(
      problems.some((p) => p.elementId === 'decision' && p.rule === 'crossdesk/complex-gateway'),
      JSON.stringify(problems),
    );
    assert.ok(problems.some((p) => p.elementId === 'review' && p.rule === 'crossdesk/invalid-routing'));
    assert.deepEqual((await s.gql('{ processDefinitions { id } }')).data.processDefinitions, []);
    assert.equal(codeOf(await s.gql(DEPLOY, { xml: '<definitions><oops' }, { as: 'designer' })), 'BPMN_INVALID');
    assert.equal(
      codeOf(await s.gql(DEPLOY, { xml: '<svg xmlns="http://www.w3.org/2000/svg"/>' }, { as: 'designer' })),
      'BPMN_INVALID',
    );
    assert.equal(
      codeOf(await s.gql(DEPLOY, { xml: refundXml + ' '.repeat(10 * 1024 * 1024) }, { as: 'designer' })),
      'PAYLOAD_TOO_LARGE',
    );
  });

  it('runs the whole loop: deploy, start, list, claim, complete with variables, the gateway decides, history tells', async () => {
    await s.gql(DEPLOY, { xml: refundXml }, { as: 'designer' });
    const started = await s.gql(START, { v: { amount: 300, customer: { name: 'Ida' } } });
    assert.deepEqual(started.data.startProcess.activeElementIds, ['review']);
    const listed = await s.gql(TASKS, { f: { eligible: true, state: 'QUEUED' } }, { as: 'expert' });
    assert.equal(listed.data.tasks.totalCount, 1);
    const task = listed.data.tasks.edges[0].node;
    assert.equal(task.name, 'Review refund for Ida');
    assert.deepEqual(task.skills, [
      { name: 'billing', level: 3 },
      { name: 'spanish', level: 2 },
    ]);
    assert.equal(task.processInstance.businessKey, 'CASE-9');
    assert.equal((await s.gql(TASKS, { f: { eligible: true } }, { as: 'outsider' })).data.tasks.totalCount, 0);
    assert.equal(
      codeOf(await s.gql('mutation($id: ID!) { claimTask(id: $id) { id } }', { id: task.id }, { as: 'outsider' })),
      'TASK_NOT_CLAIMABLE',
    );
    const claimed = await s.gql(
      'mutation($id: ID!) { claimTask(id: $id) { state assignee { id } } }',
      { id: task.id },
      { as: 'expert' },
    );
    assert.deepEqual(claimed.data.claimTask, { state: 'ASSIGNED', assignee: { id: 'expert' } });
    const done = await s.gql(
      'mutation($id: ID!) { completeTask(id: $id, variables: { approved: true }) { state completedBy { id } processInstance { id state history { type elementId actor { id } } } } }',
      { id: task.id },
      { as: 'expert' },
    );
    assert.equal(done.data.completeTask.state, 'COMPLETED');
    const instance = done.data.completeTask.processInstance;
    assert.equal(instance.state, 'COMPLETED');
    const read = 'query($id: ID!) { processInstance(id: $id) { variables } }';
    const asExpert = await s.gql(read, { id: instance.id }, { as: 'expert' });
    assert.equal(codeOf(asExpert), 'FORBIDDEN', 'the finished case is no longer work the expert holds');
    assert.equal(
      (await s.gql(read, { id: instance.id }, { as: 'supervisor' })).data.processInstance.variables.approved,
      true,
    );
    assert.ok(instance.history.some((h: any) => h.type === 'task.completed' && h.actor.id === 'expert'));
    const reached = instance.history.filter((h: any) => h.type === 'element.started').map((h: any) => h.elementId);
    assert.deepEqual(reached, ['start', 'review', 'decision', 'paid'], 'approved and at most 1000: straight to paid');
    assert.equal(
      codeOf(await s.gql('mutation($id: ID!) { completeTask(id: $id) { id } }', { id: task.id }, { as: 'expert' })),
      'TASK_ALREADY_COMPLETED',
    );
  });

  it('pages through tasks with first/after and totalCount, and refuses a forged cursor', async () => {
    await s.gql(DEPLOY, { xml: refundXml }, { as: 'designer' });
    for (let i = 0; i < 5; i++) await s.gql(START, { v: { amount: i, customer: { name: `N${i}` } } });
    const page1 = await s.gql(TASKS, { first: 2, f: { sort: 'CREATED' } });
    assert.equal(page1.data.tasks.totalCount, 5);
    assert.equal(page1.data.tasks.pageInfo.hasNextPage, true);
    const page3 = await s.gql(TASKS, {
      first: 2,
      after: (await s.gql(TASKS, { first: 4, f: { sort: 'CREATED' } })).data.tasks.pageInfo.endCursor,
      f: { sort: 'CREATED' },
    });
    assert.equal(page3.data.tasks.edges.length, 1);
    assert.equal(page3.data.tasks.pageInfo.hasNextPage, false);
    assert.equal(codeOf(await s.gql(TASKS, { first: 2, after: 'bogus' })), 'BAD_USER_INPUT');
  });

  it('batches references: 50 tasks with assignee, instance, definition and variables cost a bounded number of queries', async () => {
    await s.gql(DEPLOY, { xml: refundXml }, { as: 'designer' });
    for (let i = 0; i < 50; i++) {
      const started = await startProcess(s.server.engine, actors.integrator, {
        key: 'refund',
        businessKey: `B-${i}`,
        variables: { amount: i, customer: { name: `B${i}` } },
      });
      const [task] = (await queryTasks(s.server.engine, { instanceId: started.id }, TaskSort.CREATED, 0, 1)).rows;
      await claimTask(s.server.engine, i % 2 ? actors.expert : actors.expert2, task.id);
    }
    await s.server.router.settle();
    // The reports consumer applies those changes in its own transactions: done before counting.
    await reportsCaughtUp(s.server);
    const sqls: string[] = [];
    const count = (q: { sql: string }) => sqls.push(q.sql);
    s.testDb.db.on('query', count);
    const result = await s.gql(
      '{ tasks(first: 50) { edges { node { id assignee { id name } processInstance { id key businessKey } processDefinition { version } variables } } } }',
    );
    s.testDb.db.off('query', count);
    assert.equal(result.data.tasks.edges.length, 50);
    assert.deepEqual(
      new Set(result.data.tasks.edges.map((e: any) => e.node.assignee.id)),
      new Set(['expert', 'expert2']),
    );
    // The server's own loops share the handle (change feed poll, heartbeats, lease): not the request's.
    const queries = sqls.filter((q) => !/change_feed|feed_consumers|\bleases\b|\bnodes\b|server_lease|pg_/.test(q));
    // token + user (authentication), page + count, then one batch each: users, instances, definitions.
    assert.ok(queries.length <= 8, `${queries.length} queries:\n${queries.join('\n')}`);
  });

  it('masks unexpected errors as INTERNAL_SERVER_ERROR without leaking their message', async () => {
    await s.testDb.db.schema.dropTable('task_candidates');
    const result = await s.gql(TASKS, { f: { eligible: true } });
    assert.equal(codeOf(result), 'INTERNAL_SERVER_ERROR');
    assert.ok(!JSON.stringify(result.errors).includes('task_candidates'));
  });
});
