import { strict as assert } from 'node:assert';
import knexPkg, { type Knex } from 'knex';
import { sharedFixture } from '../support/fixtures.ts';
import { TEST_DATABASE } from '../support/context.ts';
import { postgresBinaries, startPrivatePostgres, type PrivatePostgres } from '../support/private-postgres.ts';
import {
  CLUSTER_TOKEN,
  roleOf,
  spawnNode,
  sseOn,
  waitFor,
  type ClusterNode,
  type SseStream,
  routedVars,
} from '../support/cluster.ts';

const { knex } = knexPkg;
const START = 'mutation($v: JSON) { startProcess(input: { key: "routed", variables: $v }) { id tasks { id } } }';
const OFFERS = 'query($id: ID!) { agent(id: $id) { reservations { id } tasks { id state } } }';
const WORKERS = ['w1', 'w2', 'w3'];
const CAPACITY = 2;

/** What a client saw that was not a plain answer. */
interface Failure {
  status: number | 'network';
  code?: string;
}

/**
 * A client that retries what the docs say to retry (docs/cluster.md): a connection refused or reset,
 * and HTTP 503 SERVICE_UNAVAILABLE. Everything not a plain answer is recorded.
 */
function makeClient(failures: Failure[]) {
  return async (node: ClusterNode, query: string, variables: Record<string, unknown> = {}, as?: string) => {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      authorization: `Bearer ${CLUSTER_TOKEN}`,
    };
    if (as) headers['x-act-as'] = as;
    for (let attempt = 0; ; attempt++) {
      if (attempt > 200) throw new Error('the database did not come back');
      let res: Response;
      try {
        res = await fetch(`${node.url}/graphql`, {
          method: 'POST',
          headers,
          body: JSON.stringify({ query, variables }),
        });
      } catch {
        failures.push({ status: 'network' });
        await new Promise((r) => setTimeout(r, 100));
        continue;
      }
      const body = (await res.json()) as { data?: any; errors?: any[] };
      const code = body.errors?.[0]?.extensions?.code;
      if (!body.errors) return body.data;
      failures.push({ status: res.status, code });
      if (res.status === 503 && code === 'SERVICE_UNAVAILABLE') {
        await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get('retry-after') ?? 1)));
        continue;
      }
      if (code === 'INTERNAL_SERVER_ERROR')
        console.error(
          node
            .log()
            .split('\n')
            .filter((l) => l.includes('unexpected error'))
            .slice(-3)
            .join('\n'),
        );
      throw Object.assign(new Error(JSON.stringify(body.errors)), { code });
    }
  };
}

/**
 * PostgreSQL restarted under load (docs/cluster.md, "PostgreSQL restarts and high availability"). The
 * machine's PostgreSQL serves other tests, so this test runs a server of its own (initdb in a temporary
 * directory) and stops it with `pg_ctl stop -m fast` for a second and a half before starting it again.
 */
describe('PostgreSQL restarted under load (private server, real processes)', function () {
  this.timeout(150_000);
  let pg: PrivatePostgres | null = null;
  let rows: Knex | null = null;
  const nodes: ClusterNode[] = [];
  let stream: SseStream | null = null;

  before(async function () {
    if (TEST_DATABASE.client !== 'pg' || !postgresBinaries()) return this.skip();
    pg = await startPrivatePostgres();
    await pg.createDatabase('crossdesk');
  });
  after(async () => {
    await stream?.close();
    for (const n of nodes) if (n.child.exitCode === null && n.child.signalCode === null) n.child.kill('SIGKILL');
    await Promise.all(nodes.map((n) => n.exited));
    await rows?.destroy();
    await pg?.destroy();
  });

  it('every node reconnects, listens, catches up and elects again; nothing is lost or doubled; clients saw only 503 SERVICE_UNAVAILABLE', async () => {
    const url = pg!.url('crossdesk');
    rows = knex({ client: 'pg', connection: url, pool: { min: 0, max: 2 } });
    // Offers last 5 s; a lost offer is requeued by the router.
    nodes.push(await spawnNode('node-a', url));
    nodes.push(await spawnNode('node-b', url));
    const [a, b] = nodes;
    const failures: Failure[] = [];
    const call = makeClient(failures);
    await call(a, 'mutation($x: String!) { deployProcess(input: { name: "routed", bpmnXml: $x }) { id } }', {
      x: sharedFixture('routed-task.bpmn'),
    });
    await call(a, 'mutation { upsertQueue(input: { name: "backoffice", reservationTimeoutSeconds: 5 }) { name } }');
    for (const [i, id] of WORKERS.entries()) {
      await call(nodes[i % 2], 'mutation($input: AgentInput!) { upsertAgent(input: $input) { id } }', {
        input: { id, skills: [], capacity: { BACKOFFICE: CAPACITY, total: CAPACITY } },
      });
      await call(nodes[(i + 1) % 2], 'mutation { setPresence(input: { state: AVAILABLE }) { id } }', {}, id);
    }
    await waitFor('a leader', async () => (await Promise.all(nodes.map(roleOf))).includes('leader'));
    const termBefore = Number((await rows('leases').where({ name: 'router' }).first('term')).term);
    // A subscriber on node-b hears every task created through node-a, the outage included.
    stream = await sseOn(b, 'subscription { taskEvents { type task { id } } }', CLUSTER_TOKEN);

    // Load: agents accept their offers and complete their work through both nodes, all along.
    let working = true;
    const finished = new Set<string>();
    let overCapacity = 0;
    const workers = WORKERS.map(async (id, i) => {
      for (let round = 0; working; round++) {
        const node = nodes[(i + round) % 2];
        const { agent } = await call(node, OFFERS, { id });
        for (const r of agent.reservations)
          await call(node, 'mutation($id: ID!) { acceptReservation(id: $id) { id } }', { id: r.id }, id).catch(
            () => {},
          );
        const held = agent.tasks.filter((t: { state: string }) => t.state === 'ASSIGNED');
        if (held.length + agent.reservations.length > CAPACITY) overCapacity += 1;
        for (const t of held) {
          await call(node, 'mutation($id: ID!) { completeTask(id: $id) { id } }', { id: t.id }, id).catch(
            (err: { code?: string }) => {
              // A completion whose answer was lost in the outage and sent again finds it done.
              if (err.code !== 'TASK_ALREADY_COMPLETED') throw err;
            },
          );
          finished.add(t.id);
        }
        await new Promise((r) => setTimeout(r, 40));
      }
    });
    // Arrivals through both nodes; the restart comes after the first third.
    const started: { instance: string; task: string; through: string }[] = [];
    let restarted = 0;
    for (let i = 0; i < 30; i++) {
      const node = nodes[i % 2];
      if (i === 10) {
        const t = performance.now();
        // Not awaited: arrivals keep coming while the database is down.
        void pg!.restart(1500).then(() => (restarted = performance.now() - t));
      }
      const { startProcess } = await call(node, START, { v: routedVars(`t${i}`) });
      started.push({ instance: startProcess.id, task: startProcess.tasks[0].id, through: node.id });
    }
    await waitFor('the restart', () => restarted > 0, 20_000);
    await waitFor('every task finished', () => started.every((s) => finished.has(s.task)), 60_000, 200);
    working = false;
    await Promise.all(workers);

    // Every node reconnected: ready (database, feed caught up), listening again, one leader.
    for (const n of nodes)
      await waitFor(`${n.id} ready`, async () => (await fetch(`${n.url}/health/ready`)).status === 200, 10_000);
    const listening = await rows.raw(
      "SELECT application_name FROM pg_stat_activity WHERE application_name LIKE 'crossdesk-feed:%' ORDER BY 1",
    );
    assert.deepEqual(
      listening.rows.map((r: { application_name: string }) => r.application_name),
      ['crossdesk-feed:node-a', 'crossdesk-feed:node-b'],
    );
    const roles = await Promise.all(nodes.map(roleOf));
    assert.equal(roles.filter((r) => r === 'leader').length, 1, `roles ${roles}`);
    const lease = await rows('leases').where({ name: 'router' }).first('term', 'holder');
    assert.ok(Number(lease.term) > termBefore, `term ${termBefore} -> ${lease.term}: elected again after the restart`);

    // Nothing lost or doubled: each started instance has one task, completed; no task had two offers or holders.
    const perInstance = await rows('tasks')
      .whereIn(
        'instance_id',
        started.map((s) => s.instance),
      )
      .groupBy('instance_id')
      .select(
        'instance_id',
        rows.raw('count(*) as n'),
        rows.raw("sum(case when state = 'COMPLETED' then 1 else 0 end) as done"),
      );
    assert.equal(perInstance.length, started.length);
    for (const p of perInstance) assert.deepEqual([Number(p.n), Number(p.done)], [1, 1], `instance ${p.instance_id}`);
    const accepted = await rows('reservations')
      .whereIn('state', ['ACCEPTED'])
      .groupBy('task_id')
      .havingRaw('count(*) > 1')
      .select('task_id');
    assert.deepEqual(accepted, [], 'no task accepted by two agents');
    assert.equal(overCapacity, 0, 'no agent ever held or was offered more than its capacity');

    // The subscriber on node-b heard every task created through node-a, the outage included.
    const heard = () =>
      new Set(stream!.data().flatMap((d) => (d?.taskEvents?.type === 'task.created' ? [d.taskEvents.task.id] : [])));
    const fromA = started.filter((s) => s.through === 'node-a').map((s) => s.task);
    await waitFor('node-b heard every creation through node-a', () => fromA.every((t) => heard().has(t)), 5000);

    // Clients saw only what the docs say to retry.
    const kinds = [...new Set(failures.map((f) => `${f.status} ${f.code ?? ''}`.trim()))];
    console.log(
      `      database down ${Math.round(restarted)} ms; ${failures.length} retried answers (${kinds.join(', ') || 'none'}); term ${termBefore} -> ${lease.term}`,
    );
    const unexpected = failures.filter((f) => !(f.status === 503 && f.code === 'SERVICE_UNAVAILABLE'));
    assert.deepEqual(
      unexpected.filter((f) => f.status === 'network' || f.status >= 500 || f.code === 'INTERNAL_SERVER_ERROR'),
      [],
    );
  });
});
