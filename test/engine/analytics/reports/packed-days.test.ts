import { strict as assert } from 'node:assert';
import {
  applyFeedBatch,
  CORE_APPLIERS,
  queueReport,
  SYSTEM_ACTOR,
  type FactApplier,
} from '../../../../engine/index.ts';
import { rebuildQueueDays, type FeedRecord } from '../../../../models/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

const MIN = 60_000;
// A day over New York's spring-forward (07:00 UTC on 8 March 2026): intervals change offset mid-range.
const FROM = Date.UTC(2026, 2, 8, 0, 0);
const TO = Date.UTC(2026, 2, 9, 6, 0);

/** The same seeded generator on every run. */
function makeRandom(seed: number) {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

/**
 * The feed of a random day: tasks arriving, some moved to another queue or escalated, live contacts
 * answered or abandoned, back-office work completed on time or late, some cancelled; in time order.
 */
function randomDay(seed: number, tasks: number): FeedRecord[] {
  const random = makeRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)];
  const events: { at: number; id: string; row: Record<string, unknown> }[] = [];
  for (let i = 0; i < tasks; i++) {
    const id = `t${i}`;
    const live = random() < 0.6;
    const base = {
      kind: live ? 'CALL' : 'USER_TASK',
      channel: live ? pick(['VOICE', 'CHAT']) : 'BACKOFFICE',
      queue: pick(['hotline', 'sales', 'claims']),
      site_id: pick(['ams', 'nyc', null]),
      created_at: 0,
    };
    const arrived = FROM + Math.floor(random() * (TO - FROM - 90 * MIN));
    let row: Record<string, unknown> = { ...base, state: 'QUEUED', created_at: arrived, enqueued_at: arrived };
    events.push({ at: arrived, id, row });
    let at = arrived + Math.floor(random() * 20 * MIN);
    if (random() < 0.15) {
      row = { ...row, queue: pick(['hotline', 'sales', 'claims']), escalation_level: 1, disposition_at: at };
      events.push({ at, id, row });
      at += Math.floor(random() * 5 * MIN);
    }
    const answered = !live || random() < 0.8;
    if (answered) {
      row = { ...row, state: 'ASSIGNED', assignee_id: pick(['ann', 'bob']), answered_at: at, claimed_at: at };
      events.push({ at, id, row });
      at += Math.floor(random() * 30 * MIN);
    }
    const cancelled = random() < 0.05;
    row = {
      ...row,
      state: answered && !cancelled ? 'COMPLETED' : 'CANCELLED',
      completed_at: at,
      cti_at: live && !answered ? at : null,
      handling_ms: Math.floor(random() * 600_000),
      hold_ms: Math.floor(random() * 60_000),
      sla_due_at: live ? null : arrived + pick([10, 60]) * MIN,
    };
    events.push({ at, id, row });
  }
  events.sort((a, b) => a.at - b.at);
  return events.map((e, n) => ({
    position: { xid: null, id: n + 1 },
    origin: null,
    entity: 'task',
    entityId: e.id,
    op: 'U',
    version: n + 1,
    prevState: null,
    row: e.row,
    at: e.at,
  }));
}

async function applyInBatches(t: TestEngine, records: FeedRecord[], size: number, appliers = CORE_APPLIERS) {
  for (let i = 0; i < records.length; i += size) await applyFeedBatch(t.ctx, records.slice(i, i + size), appliers);
}

const days = async (t: TestEngine) =>
  (await t.ctx.db('queue_day_rollups').orderBy(['day', 'queue', 'channel', 'site_id'])).map((r: any) => ({
    key: `${r.day}|${r.queue}|${r.channel}|${r.site_id}`,
    sums: Buffer.from(r.sums).toString('hex'),
  }));

describe('Reports: packed day rows of queue figures', function () {
  this.timeout(60_000);
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
  });
  afterEach(() => t.close());

  const report = (source: 'days' | 'buckets', intervalMinutes: number, timeZone: string | null) =>
    queueReport(
      t.ctx,
      SYSTEM_ACTOR,
      { from: FROM, to: TO, intervalMinutes, timeZone, totals: true },
      { maxRows: 100_000, source },
    );

  it('given a random day fed through the consumer, then the report from day rows equals the one from 15-minute rollups', async () => {
    await applyInBatches(t, randomDay(23, 400), 17);
    for (const [minutes, zone] of [
      [15, null],
      [30, 'America/New_York'],
      [60, 'Asia/Kolkata'],
      [1440, 'America/New_York'],
    ] as const) {
      const fromDays = await report('days', minutes, zone);
      assert.deepEqual(fromDays, await report('buckets', minutes, zone), `${minutes} min, ${zone}`);
      const all = fromDays.find((r) => r.queue === '*' && r.overRange);
      assert.ok(all && all.offered > 100 && all.handled > 100, `${minutes} min: the day has figures`);
    }
  });

  it('given the 15-minute rollups, then the upgrade backfill builds the same day rows as the consumer wrote', async () => {
    await applyInBatches(t, randomDay(7, 300), 50);
    const written = await days(t);
    assert.ok(written.length > 10);
    await t.ctx.db('queue_day_rollups').delete();
    assert.equal(await rebuildQueueDays(t.ctx.db), written.length);
    assert.deepEqual(await days(t), written);
  });

  it('given a batch that dies half-way and a feed delivered twice, then nothing counts twice', async () => {
    const records = randomDay(5, 300);
    // An uninterrupted run, for reference.
    await applyInBatches(t, records, 25);
    const expected = { days: await days(t), report: await report('days', 30, null) };
    await t.ctx.db('queue_day_rollups').delete();
    await t.ctx.db('queue_rollups').delete();
    await t.ctx.db('task_facts').delete();
    await t.ctx.db('report_positions').delete();
    // The process "dies" in the middle of the 5th batch, after the day rows of earlier records were
    // changed in that batch: its transaction rolls back, and the feed delivers the batch again.
    let seen = 0;
    const dying: FactApplier = {
      entity: 'task',
      async apply() {
        if (++seen === 110) throw new Error('kill -9');
      },
    };
    await assert.rejects(applyInBatches(t, records, 25, [...CORE_APPLIERS, dying]), /kill -9/);
    await applyInBatches(t, records, 25);
    // At-least-once delivery: every batch again, and the whole feed in one go.
    await applyInBatches(t, records, 25);
    await applyInBatches(t, records, 1000);
    assert.deepEqual(await days(t), expected.days);
    assert.deepEqual(await report('days', 30, null), expected.report);
  });
});
