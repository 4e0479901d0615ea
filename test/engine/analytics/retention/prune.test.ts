import { strict as assert } from 'node:assert';
import {
  applyCtiEvent,
  cancelProcessInstance,
  makeRetentionJob,
  pruneOnce,
  type RetentionSettings,
} from '../../../../engine/index.ts';
import { appendAudit, retentionEntry, RETENTION_TABLES } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { agent, queue, startWork } from '../../../support/routing.ts';
import { deployFixture } from '../../../support/scenario.ts';

const DAY = 86_400_000;
const SETTINGS: RetentionSettings = { days: 400, rollupDays: 1100, batchSize: 1 };

describe('Retention: pruning by age', () => {
  let t: TestEngine;
  const count = async (table: string, where: Record<string, unknown> = {}) =>
    Number((await t.ctx.db(table).where(where).count({ n: '*' }))[0].n);

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE', slaSeconds: 20 });
    await agent(t.ctx, 'ann', '', { VOICE: 1, BACKOFFICE: 1, total: 1 });
  });
  afterEach(() => t.close());

  /** An instance cancelled now, whose task had an offer (a reservation row hangs on it). */
  async function endedInstance(ref: string): Promise<{ instanceId: string; taskId: string }> {
    const task = await startWork(t.ctx, { ref });
    await t.ctx.db('reservations').insert({
      id: `rs_${ref}`,
      task_id: task.id,
      agent_id: 'ann',
      state: 'REJECTED',
      created_at: t.clock.now(),
      expires_at: t.clock.now() + 1000,
      ended_at: t.clock.now(),
    });
    await cancelProcessInstance(t.ctx, actors.supervisor, task.instanceId as string, 'done with it');
    return { instanceId: task.instanceId as string, taskId: task.id };
  }

  it('given work older than the retention, then ended instances, closed calls, CTI events and samples go in batches, while running work, recent work and audit entries stay', async () => {
    const old = await endedInstance('old');
    const running = await startWork(t.ctx, { ref: 'running' });
    const cti = (input: any) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });
    await cti({ type: 'CALL_OFFERED', callId: 'old-call', queue: 'hotline' });
    await cti({ type: 'CALL_ENDED', callId: 'old-call' });
    await t.ctx.db('queue_samples').insert({ queue: 'hotline', at: t.clock.now(), waiting: 3 });
    const audit = { type: 'queue.changed', subjectType: 'QUEUE', subjectId: 'hotline', actorId: 'supervisor' };
    await appendAudit(t.ctx.db, [{ ...audit, onBehalfOf: null, at: t.clock.now(), before: null, after: {} }]);
    t.clock.advance(401 * DAY);
    const recent = await endedInstance('recent');

    const pruned = await pruneOnce(t.ctx, SETTINGS);

    assert.deepEqual(
      [pruned.process_instances, pruned.reservations, pruned.cti_events, pruned.queue_samples],
      [1, 1, 2, 1],
      JSON.stringify(pruned),
    );
    assert.equal(await count('process_instances', { id: old.instanceId }), 0);
    assert.equal(await count('tasks', { id: old.taskId }), 0);
    assert.equal(await count('history', { instance_id: old.instanceId }), 0);
    assert.equal(await count('history', { task_id: old.taskId }), 0);
    assert.equal(await count('tasks', { call_id: 'old-call' }), 0, 'the closed call went');
    assert.equal(
      await count('process_instances', { id: running.instanceId }),
      1,
      'a running instance stays, however old',
    );
    assert.equal(await count('tasks', { id: running.id }), 1);
    assert.ok((await count('history', { instance_id: running.instanceId })) > 0, 'with its history');
    assert.equal(await count('process_instances', { id: recent.instanceId }), 1);
    assert.equal(await count('reservations', { task_id: recent.taskId }), 1);
    assert.equal(await count('audit_entries'), 1, 'audit entries are never pruned by this job');
    assert.deepEqual(await pruneOnce(t.ctx, SETTINGS), {}, 'a second pass finds nothing');
  });

  it('given 0 days, then nothing is pruned; given a registered rollup table, then its rows follow the longer retention', async () => {
    await endedInstance('kept');
    await t.ctx.db.schema.createTable('report_test_rollups', (tb) => {
      tb.string('queue').notNullable();
      tb.bigInteger('interval_start').notNullable();
    });
    const tables = [
      ...RETENTION_TABLES,
      retentionEntry({ table: 'report_test_rollups', timeColumn: 'interval_start', tier: 'rollups' }),
    ];
    const now = t.clock.now();
    await t.ctx.db('report_test_rollups').insert([
      { queue: 'a', interval_start: now - 1200 * DAY },
      { queue: 'b', interval_start: now - 1200 * DAY },
      { queue: 'c', interval_start: now - 500 * DAY },
    ]);
    t.clock.advance(500 * DAY);
    assert.deepEqual(await pruneOnce(t.ctx, { ...SETTINGS, tables, days: 0, rollupDays: 0 }), {});
    assert.equal(await count('process_instances'), 1);
    const pruned = await pruneOnce(t.ctx, { ...SETTINGS, tables, batchSize: 1 });
    assert.equal(pruned.report_test_rollups, 2, 'rows older than 1100 days, one batch sharing an instant');
    assert.equal(pruned.process_instances, 1);
    assert.deepEqual(
      (await t.ctx.db('report_test_rollups').select('queue')).map((r) => r.queue),
      ['c'],
    );
    assert.throws(() => retentionEntry({ table: 'audit_entries', timeColumn: 'at', tier: 'facts' }), /never/);
  });

  it('lists only tables and time columns the schema has, reporting facts and rollups among them', async () => {
    for (const entry of RETENTION_TABLES)
      assert.ok(await t.ctx.db.schema.hasColumn(entry.table, entry.timeColumn), `${entry.table}.${entry.timeColumn}`);
    const tiers = Object.fromEntries(RETENTION_TABLES.map((e) => [e.table, e.tier]));
    assert.equal(tiers.task_facts, 'facts');
    assert.equal(tiers.process_element_facts, 'facts');
    assert.equal(tiers.queue_rollups, 'rollups');
    assert.equal(tiers.queue_day_rollups, 'rollups');
    assert.equal(tiers.process_time_rollups, 'rollups');
  });

  it('given old and recent rollups, then a pass deletes the rollups past their retention and keeps the rest', async () => {
    const now = t.clock.now();
    const bucket = (days: number) => now - days * DAY;
    await t.ctx.db('presence_rollups').insert([
      { bucket: bucket(1200), agent_id: 'ann', presence: 'AVAILABLE', ms: 1 },
      { bucket: bucket(500), agent_id: 'ann', presence: 'AVAILABLE', ms: 2 },
    ]);
    const pruned = await pruneOnce(t.ctx, SETTINGS);
    assert.equal(pruned.presence_rollups, 1);
    assert.deepEqual(await t.ctx.db('presence_rollups').pluck('ms'), [2]);
  });

  it('given a standby node, then its job deletes nothing; the leader deletes and reports the counts', async () => {
    await endedInstance('old');
    t.clock.advance(401 * DAY);
    const never = () => () => undefined;
    const standby = makeRetentionJob(t.ctx, { role: () => 'standby' }, SETTINGS, { sleep: never });
    assert.equal(await standby.runNow(), null);
    assert.equal(await count('process_instances'), 1);
    const reported: Record<string, number>[] = [];
    const leader = makeRetentionJob(t.ctx, { role: () => 'leader' }, SETTINGS, {
      sleep: never,
      onPruned: (c) => reported.push(c),
    });
    const pruned = await leader.runNow();
    assert.equal(pruned?.process_instances, 1);
    assert.deepEqual(reported, [pruned]);
    assert.equal(await count('process_instances'), 0);
  });
});
