import { strict as assert } from 'node:assert';
import { startTestServer, type TestServer } from '../support/server.ts';
import { sharedFixture } from '../support/fixtures.ts';

const xml = sharedFixture('address-change.bpmn');
const FETCH =
  'mutation($w: String!) { fetchAndLockExternalTasks(topic: "document-check", workerId: $w, maxTasks: 5, lockSeconds: 60) { id topic elementId state workerId businessKey variables processInstance { id } } }';

describe('GraphQL: external workers and incidents', () => {
  let s: TestServer;
  beforeEach(async () => {
    s = await startTestServer();
    await s.gql(
      'mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }',
      { x: xml },
      { as: 'designer' },
    );
  });
  afterEach(() => s.close());

  it('lets a worker fetch, lock and complete work, and turns exhausted failures into an incident that can be retried', async () => {
    const started = await s.gql(
      'mutation { startProcess(input: { key: "addressChange", businessKey: "AC-7", variables: { street: "Main St" } }) { id } }',
    );
    const id = started.data.startProcess.id;
    assert.equal((await s.gql(FETCH, { w: 'w1' }, { as: 'expert' })).errors?.[0].extensions.code, 'FORBIDDEN');
    const [task] = (await s.gql(FETCH, { w: 'w1' }, { as: 'integrator' })).data.fetchAndLockExternalTasks;
    assert.deepEqual(
      [
        task.topic,
        task.elementId,
        task.state,
        task.workerId,
        task.businessKey,
        task.variables.street,
        task.processInstance.id,
      ],
      ['document-check', 'checkDocument', 'LOCKED', 'w1', 'AC-7', 'Main St', id],
    );
    const failed = await s.gql(
      'mutation($id: ID!) { failExternalTask(id: $id, workerId: "w1", message: "unreadable scan", retries: 0) { state errorMessage } }',
      { id: task.id },
      { as: 'integrator' },
    );
    assert.deepEqual(failed.data.failExternalTask, { state: 'FAILED', errorMessage: 'unreadable scan' });
    const incidents = (
      await s.gql('query($id: ID!) { processInstance(id: $id) { incidents { id type elementId message } } }', { id })
    ).data.processInstance.incidents;
    assert.deepEqual(
      incidents.map((i: any) => [i.type, i.elementId, i.message]),
      [['EXTERNAL', 'checkDocument', 'unreadable scan']],
    );
    await s.gql(
      'mutation($id: ID!) { retryIncident(id: $id, retries: 2) { id } }',
      { id: incidents[0].id },
      { as: 'supervisor' },
    );
    const [again] = (await s.gql(FETCH, { w: 'w2' }, { as: 'integrator' })).data.fetchAndLockExternalTasks;
    const done = await s.gql(
      'mutation($id: ID!) { completeExternalTask(id: $id, workerId: "w2", variables: { documentValid: false }) { state processInstance { activeElementIds variables } } }',
      { id: again.id },
      { as: 'integrator' },
    );
    assert.deepEqual(done.data.completeExternalTask.processInstance.activeElementIds, ['askAgain']);
    assert.equal(done.data.completeExternalTask.processInstance.variables.documentValid, false);
    assert.equal(
      (
        await s.gql(
          'mutation($id: ID!) { completeExternalTask(id: $id, workerId: "w2") { id } }',
          { id: again.id },
          { as: 'integrator' },
        )
      ).errors?.[0].extensions.code,
      'NOT_FOUND',
    );
  });

  it('given a completion whose answer selects only the id, then the instance is not read again for it; selecting its variables reads it once, as it is now', async () => {
    for (const key of ['AC-1', 'AC-2'])
      await s.gql('mutation($k: String!) { startProcess(input: { key: "addressChange", businessKey: $k }) { id } }', {
        k: key,
      });
    const jobs = (await s.gql(FETCH, { w: 'w1' }, { as: 'integrator' })).data.fetchAndLockExternalTasks;
    const reads: string[] = [];
    // The command's own read carries the engine state; the answer's read is the instance row alone.
    const listen = (q: { sql: string }) =>
      /from [`"]process_instances[`"]/.test(q.sql) && !/engine_state/.test(q.sql) && reads.push(q.sql);
    s.server.engine.db.on('query', listen);
    const bare = await s.gql(
      'mutation($id: ID!) { completeExternalTask(id: $id, workerId: "w1") { id } }',
      { id: jobs[0].id },
      { as: 'integrator' },
    );
    const readsForBare = reads.length;
    const full = await s.gql(
      'mutation($id: ID!) { completeExternalTask(id: $id, workerId: "w1", variables: { documentValid: true }) { id businessKey variables } }',
      { id: jobs[1].id },
      { as: 'integrator' },
    );
    s.server.engine.db.off('query', listen);
    assert.equal(bare.data.completeExternalTask.id, jobs[0].id);
    assert.equal(readsForBare, 0, reads.join('\n'));
    assert.equal(reads.length, 1, reads.join('\n'));
    assert.equal(full.data.completeExternalTask.businessKey, jobs[1].businessKey);
    assert.equal(full.data.completeExternalTask.variables.documentValid, true);
  });
});
