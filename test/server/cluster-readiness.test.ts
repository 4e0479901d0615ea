import { strict as assert } from 'node:assert';
import knexPkg, { type Knex } from 'knex';
import { TEST_DATABASE } from '../support/context.ts';
import { makeServerDatabase } from '../support/server-process.ts';
import { gqlOn, spawnNode, waitFor, type ClusterNode } from '../support/cluster.ts';

const { knex } = knexPkg;
const CALL =
  'mutation($call: ID!) { ctiEvent(input: { type: CALL_OFFERED, callId: $call, queue: "hotline" }) { task { id } } }';

/** Records of other nodes that `node` has applied (the count of its feed-lag histogram). */
async function applied(node: ClusterNode): Promise<number> {
  const text = await (await fetch(`${node.url}/metrics`)).text();
  return Number(/^crossdesk_feed_lag_seconds_count\{[^}]*\} (\d+)/m.exec(text)?.[1] ?? 0);
}

describe('cluster: readiness while the feed catches up (PostgreSQL, real processes)', function () {
  this.timeout(120_000);
  let db: { url: string; drop(): Promise<void> } | null = null;
  let rows: Knex | null = null;
  const nodes: ClusterNode[] = [];

  before(function () {
    if (TEST_DATABASE.client !== 'pg') this.skip();
  });
  after(async () => {
    for (const n of nodes) n.child.kill('SIGTERM');
    await Promise.all(nodes.map((n) => n.exited));
    await rows?.destroy();
    await db?.drop();
  });

  it('a node whose LISTEN connection was terminated answers /health/ready 503 (waiting for the feed) until it has caught up', async () => {
    db = await makeServerDatabase();
    rows = knex({ client: 'pg', connection: db.url, pool: { min: 0, max: 2 } });
    const a = await spawnNode('node-a', db.url, { LOG_LEVEL: 'warn' });
    nodes.push(a);
    // node-b polls once a minute and reads 5 records a query: only the catch-up after reconnecting brings
    // it the backlog, in several reads.
    const b = await spawnNode('node-b', db.url, {
      LOG_LEVEL: 'warn',
      CROSSDESK_FEED_POLL_MS: '60000',
      CROSSDESK_FEED_BATCH: '5',
    });
    nodes.push(b);
    await gqlOn(a, 'mutation { upsertQueue(input: { name: "hotline", channel: VOICE }) { name } }');
    await waitFor('node-b ready', async () => (await fetch(`${b.url}/health/ready`)).status === 200);
    await waitFor('node-b heard the queue', async () => (await applied(b)) > 0, 10_000);
    const heardBefore = await applied(b);
    const headBefore = Number((await rows('change_feed').max('id as id').first())?.id ?? 0);

    const cutListener = async () =>
      Number(
        (
          await rows!.raw(
            `SELECT count(pg_terminate_backend(pid)) AS n FROM pg_stat_activity
              WHERE application_name = 'crossdesk-feed:node-b' AND datname = current_database()`,
          )
        ).rows[0].n,
      );
    assert.equal(await cutListener(), 1, "node-b's LISTEN connection was there, and is cut");
    // While the backlog is written, node-b's LISTEN connection is cut again as soon as it is back.
    let cutting = true;
    const cutter = (async () => {
      while (cutting) {
        await cutListener();
        await new Promise((r) => setTimeout(r, 25));
      }
    })();
    for (let i = 0; i < 20; i++) await gqlOn(a, CALL, { call: `backlog-${i}` });
    cutting = false;
    await cutter;
    await cutListener(); // in case it was back between two cuts
    const backlog = Number(
      (await rows('change_feed').where('id', '>', headBefore).andWhere({ origin: 'node-a' }).count('* as n').first())
        ?.n,
    );
    const started = performance.now();
    // Readiness polled until it is 503 (node-b noticed the cut), then 200: with what node-b had applied.
    const answers: { status: number; waitingFor?: string[]; applied: number; ms: number }[] = [];
    await waitFor(
      'node-b not ready, then ready again',
      async () => {
        const res = await fetch(`${b.url}/health/ready`);
        const body = (await res.json()) as { waitingFor?: string[] };
        const ms = Math.round(performance.now() - started);
        answers.push({ status: res.status, waitingFor: body.waitingFor, applied: await applied(b), ms });
        const down = answers.findIndex((x) => x.status === 503);
        return down >= 0 && answers.slice(down).some((x) => x.status === 200);
      },
      20_000,
      15,
    );
    const down = answers.findIndex((x) => x.status === 503);
    const back = answers.findIndex((x, i) => i > down && x.status === 200);
    console.log(
      `      backlog of ${backlog} records; not ready from ${answers[down].ms} ms to ${answers[back].ms} ms after the last cut`,
    );
    assert.deepEqual(answers[down].waitingFor, ['feed'], 'the 503 names the feed');
    assert.ok(backlog >= 20, `records of the backlog: ${backlog}`);
    assert.ok(answers[down].applied - heardBefore < backlog || down > 0, 'not ready while behind');
    // Ready again only once node-b has applied the whole backlog written while it did not listen.
    assert.ok(
      answers[back].applied - heardBefore >= backlog,
      `ready after applying ${answers[back].applied - heardBefore} of ${backlog} records`,
    );
  });
});
