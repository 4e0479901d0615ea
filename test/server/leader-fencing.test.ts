import { strict as assert } from 'node:assert';
import { sharedFixture } from '../support/fixtures.ts';
import { gqlOn, logLines, roleOf, spawnNode, waitFor, clusterPerTest, routedVars } from '../support/cluster.ts';

const LEASE = { CROSSDESK_LEASE_MS: '3000', CROSSDESK_LEASE_RENEW_MS: '500' };
const START = 'mutation($v: JSON) { startProcess(input: { key: "routed", variables: $v }) { tasks { id } } }';

describe('leader fencing (PostgreSQL, real processes)', function () {
  this.timeout(120_000);
  const bed = clusterPerTest();

  it('given a stopped leader (SIGSTOP), then a standby takes over after the lease, and the woken leader (SIGCONT) is refused and steps down', async () => {
    const { db, rows, nodes } = bed;
    const a = await spawnNode('node-a', db.url, LEASE);
    nodes.push(a);
    await waitFor('node-a to lead', async () => (await roleOf(a)) === 'leader');
    const b = await spawnNode('node-b', db.url, LEASE);
    nodes.push(b);
    await gqlOn(a, 'mutation($x: String!) { deployProcess(input: { name: "routed", bpmnXml: $x }) { id } }', {
      x: sharedFixture('routed-task.bpmn'),
    });
    await gqlOn(a, 'mutation { upsertQueue(input: { name: "backoffice", reservationTimeoutSeconds: 60 }) { name } }');
    await gqlOn(a, 'mutation($input: AgentInput!) { upsertAgent(input: $input) { id } }', {
      input: { id: 'w', skills: [], capacity: { BACKOFFICE: 10, total: 10 } },
    });
    await gqlOn(a, 'mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, 'w');
    const before = (await gqlOn(a, START, { v: routedVars('before') })).startProcess.tasks[0].id;
    await waitFor(
      'an offer by node-a',
      async () => (await rows('reservations').where({ task_id: before })).length === 1,
    );

    a.child.kill('SIGSTOP');
    const stoppedAt = Date.now();
    await waitFor('node-b to lead', async () => (await roleOf(b)) === 'leader', 30_000, 50);
    const tookOver = Date.now() - stoppedAt;
    assert.ok(tookOver >= 2000, `node-b took over ${tookOver} ms after the stop: before the lease expired`);
    assert.ok(tookOver < 15_000, `node-b took ${tookOver} ms`);
    await waitFor('node-b to route', () => logLines(b, 'router started').length > 0);
    // The new leader routes what arrives through it.
    const during = (await gqlOn(b, START, { v: routedVars('during') })).startProcess.tasks[0].id;
    await waitFor(
      'an offer by node-b',
      async () => (await rows('reservations').where({ task_id: during })).length === 1,
    );

    a.child.kill('SIGCONT');
    await waitFor('node-a to step down', async () => (await roleOf(a)) === 'standby', 15_000);
    await waitFor('node-a to stop its router', () => logLines(a, 'router stopped').length > 0, 15_000);
    const lost = logLines(a, 'leadership lost: stepped down');
    assert.equal(lost.length, 1);
    assert.equal(lost[0].term, 1);
    console.log(`      SIGSTOP: node-b led ${tookOver} ms after the stop; node-a stepped down: ${lost[0].why}`);
    // It does not campaign its way back while node-b renews, and its term never writes again.
    await new Promise((r) => setTimeout(r, 2000));
    assert.equal(await roleOf(a), 'standby');
    assert.equal(logLines(a, 'router started').length, 1);
    assert.deepEqual(await rows('leases').where({ name: 'router' }).first('term', 'holder'), {
      term: 2,
      holder: 'node-b',
    });
    const pending = await rows('reservations').where({ state: 'PENDING' }).select('task_id');
    assert.deepEqual(pending.map((r) => r.task_id).sort(), [before, during].sort());

    // After the woken node, the leader hands over at once on SIGTERM: node-a takes over without waiting.
    b.child.kill('SIGTERM');
    const termAt = Date.now();
    await waitFor('node-a to lead again', async () => (await roleOf(a)) === 'leader', 15_000, 50);
    const handedOver = Date.now() - termAt;
    console.log(`      SIGTERM: node-a led ${handedOver} ms after node-b was asked to stop`);
    assert.ok(handedOver < 2500, `hand-over took ${handedOver} ms (the lease is 3000 ms)`);
    assert.equal(await b.exited, '0');
    assert.equal((await rows('leases').where({ name: 'router' }).first('term')).term, 3);
  });
});
