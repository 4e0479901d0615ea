import { strict as assert } from 'node:assert';
import knexPkg, { type Knex } from 'knex';
import { parseDatabaseUrl } from '../../../../config.ts';
import {
  applyFeedBatch,
  CORE_APPLIERS,
  makeEngineContext,
  makeLogger,
  makeSystemClock,
} from '../../../../engine/index.ts';
import { knexConfig } from '../../../../models/db.ts';
import { FEED_START, readFeed } from '../../../../models/index.ts';
import { lastFeedId } from '../../../support/reports.ts';
import { makeServerDatabase, spawnServer, type ServerProcess } from '../../../support/server-process.ts';

const TOKEN = 'reports-restart-admin';
const TABLES = [
  'task_facts',
  'presence_facts',
  'report_agent_presence',
  'queue_rollups',
  'queue_day_rollups',
  'agent_rollups',
  'presence_rollups',
  'disposition_rollups',
];
const ORDER: Record<string, string[]> = {
  task_facts: ['task_id'],
  presence_facts: ['agent_id', 'started_at', 'presence'],
  report_agent_presence: ['agent_id'],
  queue_rollups: ['bucket', 'queue', 'channel', 'site_id'],
  queue_day_rollups: ['day', 'queue', 'channel', 'site_id'],
  agent_rollups: ['bucket', 'agent_id', 'channel'],
  presence_rollups: ['bucket', 'agent_id', 'presence'],
  disposition_rollups: ['bucket', 'agent_id', 'queue', 'code'],
};

async function gql(server: ServerProcess, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
const cti = (s: ServerProcess, input: Record<string, unknown>) =>
  gql(s, 'mutation($i: CtiEventInput!) { ctiEvent(input: $i) { outcome } }', { i: input });

/** A cell as text (the packed day rows' blobs as hex). */
const text = (v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : String(v));

/** Every fact and rollup, in a fixed order, without generated ids. */
async function snapshot(db: Knex) {
  const out: Record<string, unknown[]> = {};
  for (const t of TABLES)
    out[t] = (await db(t).orderBy(ORDER[t])).map((r: any) => {
      const { id: _id, ...rest } = r;
      return Object.fromEntries(
        Object.entries(rest).map(([k, v]) => [k, typeof v === 'boolean' ? Number(v) : v === null ? null : text(v)]),
      );
    });
  return out;
}

/** Calls of a working day in miniature: some answered and ended, some abandoned, agents coming and going. */
async function drive(s: ServerProcess, from: number, to: number) {
  for (let i = from; i < to; i++) {
    const agent = `a${i % 2}`;
    if (i % 5 === 0) await cti(s, { type: i % 10 ? 'AGENT_READY' : 'AGENT_NOT_READY', agentId: 'a2' });
    await cti(s, { type: 'CALL_OFFERED', callId: `c${i}`, queue: i % 2 ? 'hotline' : 'sales' });
    if (i % 4 !== 3) await cti(s, { type: 'CALL_ANSWERED', callId: `c${i}`, agentId: agent });
    await cti(s, { type: 'CALL_ENDED', callId: `c${i}` });
  }
}

describe('reports consumer: kill -9 mid-stream, restart, rollups equal an uninterrupted run', function () {
  this.timeout(120_000);

  it('applies every feed record once across the crash (same facts as replaying the feed in one go)', async () => {
    const database = await makeServerDatabase();
    const env = {
      DATABASE_URL: database.url,
      CROSSDESK_ADMIN_TOKEN: TOKEN,
      CROSSDESK_FEED_BATCH: '3',
      CROSSDESK_FEED_POLL_MS: '50',
    };
    const db = knexPkg.knex(knexConfig(parseDatabaseUrl(database.url)));
    let server = await spawnServer(env);
    try {
      for (const q of ['hotline', 'sales'])
        await gql(server, `mutation { upsertQueue(input: { name: "${q}", channel: VOICE, slaSeconds: 20 }) { name } }`);
      // a0 and a1 answer calls but stay not ready (the router offers them nothing, so no offer races an
      // answer); a2 takes no calls and comes and goes.
      for (const [a, voice] of [
        ['a0', 1],
        ['a1', 1],
        ['a2', 0],
      ] as const) {
        await gql(
          server,
          `mutation { upsertAgent(input: { id: "${a}", capacity: { VOICE: ${voice}, total: 1 } }) { id } }`,
        );
        await cti(server, { type: 'AGENT_LOGIN', agentId: a });
      }
      await drive(server, 0, 20);
      // No wait: the consumer is still applying (batches of 3) when the process dies.
      server.child.kill('SIGKILL');
      assert.equal(await server.exited, 'SIGKILL');
      server = await spawnServer(env);
      await drive(server, 20, 30);
      const last = await lastFeedId(db);
      for (let i = 0; i < 200; i++) {
        const applied = await db('report_positions').where({ consumer: 'reports' }).first();
        if (applied && Number(applied.position_id) === last) break;
        await new Promise((r) => setTimeout(r, 50));
      }
      server.child.kill('SIGTERM');
      await server.exited;
      const afterCrash = await snapshot(db);
      assert.ok((afterCrash.task_facts as unknown[]).length >= 30, 'every call has its fact');
      assert.ok((afterCrash.queue_day_rollups as unknown[]).length > 0, 'the packed day rows were written');
      // The uninterrupted run: the same feed applied from the start in one pass, into emptied tables.
      for (const t of [...TABLES, 'report_positions']) await db(t).delete();
      const ctx = makeEngineContext({ db, clock: makeSystemClock(), logger: makeLogger('silent') });
      for (let pos = FEED_START; ;) {
        const records = await readFeed(db, pos, 1000);
        if (records.length === 0) break;
        await applyFeedBatch(ctx, records, CORE_APPLIERS, 'replay');
        pos = records[records.length - 1].position;
      }
      assert.deepEqual(await snapshot(db), afterCrash);
    } finally {
      if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
      await db.destroy();
      await database.drop();
    }
  });
});
