import { strict as assert } from 'node:assert';
import { sharedFixture } from '../support/fixtures.ts';
import { gqlOn, logLines, roleOf, spawnNode, waitFor, clusterPerTest, routedVars } from '../support/cluster.ts';

const START = 'mutation($v: JSON) { startProcess(input: { key: "routed", variables: $v }) { tasks { id } } }';
const OFFERS = 'query($id: ID!) { agent(id: $id) { reservations { id } tasks { id state } } }';

/**
 * PostgreSQL restarted under load, simulated: the server is shared with other work on this machine, so
 * the test ends every session of its own database (pg_terminate_backend) instead of restarting it. To
 * the nodes it is the same: every pooled connection and the lease sessions drop at once.
 */
describe('database faults (PostgreSQL, real processes)', function () {
  this.timeout(180_000);
  const bed = clusterPerTest();

  it('given every database session cut under load, then the nodes reconnect, re-elect one leader and finish every task; clients only retry', async () => {
    const { db, rows, nodes } = bed;
    const a = await spawnNode('node-a', db.url);
    nodes.push(a);
    await waitFor('node-a to lead', async () => (await roleOf(a)) === 'leader');
    const b = await spawnNode('node-b', db.url);
    nodes.push(b);
    // Clients send to the leader (until the change feed lands a standby does not hear other nodes).
    const leader = async () => {
      for (const n of nodes) if ((await roleOf(n)) === 'leader') return n;
      return null;
    };
    const ok = async (q: string, v: Record<string, unknown> = {}, as?: string) => {
      for (let attempt = 0; ; attempt++) {
        const n = await leader();
        try {
          if (n) return await gqlOn(n, q, v, as);
        } catch (err) {
          if (attempt > 100) throw err;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
    };
    await ok('mutation($x: String!) { deployProcess(input: { name: "routed", bpmnXml: $x }) { id } }', {
      x: sharedFixture('routed-task.bpmn'),
    });
    await ok('mutation { upsertQueue(input: { name: "backoffice", reservationTimeoutSeconds: 5 }) { name } }');
    const workers = ['w1', 'w2', 'w3'];
    for (const id of workers) {
      await ok('mutation($input: AgentInput!) { upsertAgent(input: $input) { id } }', {
        input: { id, skills: [], capacity: { BACKOFFICE: 2, total: 2 } },
      });
      await ok('mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, id);
    }
    let releasing = true;
    const finished = new Set<string>();
    const releasers = workers.map(async (id) => {
      while (releasing) {
        const { agent } = await ok(OFFERS, { id });
        for (const r of agent.reservations)
          await ok('mutation($id: ID!) { acceptReservation(id: $id) { id } }', { id: r.id }, id).catch(() => null);
        for (const t of agent.tasks.filter((t: any) => t.state === 'ASSIGNED')) {
          await ok('mutation($id: ID!) { completeTask(id: $id) { id } }', { id: t.id }, id).catch(() => null);
          finished.add(t.id);
        }
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    const arrived: string[] = [];
    for (let i = 0; i < 30; i++) {
      if (i === 10 || i === 20) {
        const cut = await rows.raw(
          `SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
            WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        assert.ok(Number(cut.rows[0].n) >= 2, 'the nodes had sessions to cut');
      }
      arrived.push((await ok(START, { v: routedVars(`t${i}`) })).startProcess.tasks[0].id);
    }
    await waitFor('every task finished', () => arrived.every((id) => finished.has(id)), 90_000, 200);
    releasing = false;
    await Promise.all(releasers);

    const roles = await Promise.all(nodes.map(roleOf));
    assert.deepEqual(roles.filter((r) => r === 'leader').length, 1, `roles ${roles}`);
    const lease = await rows('leases').where({ name: 'router' }).first('term', 'holder');
    assert.ok(lease.term >= 2, `term ${lease.term}: the cut made the nodes elect again`);
    const taken = [...logLines(a, 'leadership taken'), ...logLines(b, 'leadership taken')].map((l) => l.term);
    console.log(`      terms taken: ${taken.join(', ')}; leader now ${lease.holder} in term ${lease.term}`);
    const doubled = await rows('reservations')
      .where({ state: 'PENDING' })
      .groupBy('task_id')
      .havingRaw('count(*) > 1')
      .select('task_id');
    assert.deepEqual(doubled, []);
  });
});
