import { strict as assert } from 'node:assert';
import { applyCtiEvent, getWaitingToday, makeQueueSampler, type CtiEventInput } from '../../../../engine/index.ts';
import { queueSamplesSince, recordQueueSamples } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { queue } from '../../../support/routing.ts';

const never = () => () => undefined;

describe('queue sampler (waiting over the day)', () => {
  let t: TestEngine;
  const cti = (input: CtiEventInput) => applyCtiEvent(t.ctx, actors.integrator, { at: t.clock.now(), ...input });

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await queue(t.ctx, { name: 'hotline', channel: 'VOICE' });
    await queue(t.ctx, { name: 'quiet', channel: 'VOICE' });
  });
  afterEach(() => t.close());

  it('samples every queue at instants aligned to the interval, zero included, and today reads them back in order', async () => {
    const sampler = makeQueueSampler(t.ctx, { intervalSeconds: 60, sleep: never });
    t.clock.set(Date.UTC(2026, 0, 5, 9, 0, 30));
    await sampler.sampleNow();
    await cti({ type: 'CALL_OFFERED', callId: 'c1', queue: 'hotline' });
    await cti({ type: 'CALL_OFFERED', callId: 'c2', queue: 'hotline' });
    await cti({ type: 'CALL_OFFERED', callId: 'c3', queue: 'unconfigured' });
    t.clock.set(Date.UTC(2026, 0, 5, 9, 1, 59));
    await sampler.sampleNow();
    await cti({ type: 'CALL_ENDED', callId: 'c1' });
    t.clock.set(Date.UTC(2026, 0, 5, 9, 2, 0));
    await sampler.sampleNow();
    const series = (rows: { at: number; waiting: number }[]) =>
      rows.map((r) => [new Date(r.at).toISOString().slice(11, 19), r.waiting]);
    assert.deepEqual(series(await getWaitingToday(t.ctx, 'hotline')), [
      ['09:00:00', 0],
      ['09:01:00', 2],
      ['09:02:00', 1],
    ]);
    assert.deepEqual(series(await getWaitingToday(t.ctx, 'quiet')), [
      ['09:00:00', 0],
      ['09:01:00', 0],
      ['09:02:00', 0],
    ]);
    assert.deepEqual(series(await getWaitingToday(t.ctx, 'unconfigured')), [
      ['09:01:00', 1],
      ['09:02:00', 1],
    ]);
  });

  it('given more samples than a chart needs (every 10 s), then today is one point per 5 minutes: its peak', async () => {
    const start = Date.UTC(2026, 0, 5, 0, 0, 0);
    const samples = Array.from({ length: 6 * 60 * 3 }, (_, i) => ({
      queue: 'hotline',
      at: start + i * 10_000,
      waiting: i === 40 ? 99 : i % 7,
    }));
    await recordQueueSamples(t.ctx.db, samples);
    t.clock.set(start + 3 * 3600_000);
    const today = await getWaitingToday(t.ctx, 'hotline');
    assert.equal(today.length, 36, 'three hours in 5-minute points');
    assert.equal(today[1].waiting, 99, 'the 6:40 peak survives in its bucket');
    assert.ok(today.every((p, i) => i === 0 || p.at > today[i - 1].at));
  });

  it('given two nodes sampling the same instant, then one sample is kept; samples older than two days are pruned', async () => {
    const a = makeQueueSampler(t.ctx, { intervalSeconds: 60, sleep: never });
    const b = makeQueueSampler(t.ctx, { intervalSeconds: 60, sleep: never });
    const day0 = Date.UTC(2026, 0, 5, 9, 0, 0);
    t.clock.set(day0);
    await Promise.all([a.sampleNow(), b.sampleNow()]);
    assert.equal((await queueSamplesSince(t.ctx.db, 0, 'hotline')).length, 1);
    t.clock.set(day0 + 2 * 86_400_000 - 60_000);
    await a.sampleNow();
    assert.equal((await queueSamplesSince(t.ctx.db, 0, 'hotline')).length, 2, 'two days minus a minute: kept');
    t.clock.set(day0 + 2 * 86_400_000 + 60_000);
    await a.sampleNow();
    assert.deepEqual(
      (await queueSamplesSince(t.ctx.db, 0, 'hotline')).map((s) => s.at),
      [day0 + 2 * 86_400_000 - 60_000, day0 + 2 * 86_400_000 + 60_000],
    );
  });

  it('samples on its own once started, and stops cleanly', async () => {
    const wakes: (() => void)[] = [];
    const sampler = makeQueueSampler(t.ctx, {
      intervalSeconds: 30,
      sleep: (_ms, wake) => {
        wakes.push(wake);
        return () => undefined;
      },
    });
    t.clock.set(Date.UTC(2026, 0, 5, 10, 0, 10));
    await sampler.start();
    t.clock.set(Date.UTC(2026, 0, 5, 10, 0, 31));
    wakes.shift()?.();
    await sampler.stop();
    assert.deepEqual(
      (await getWaitingToday(t.ctx, 'hotline')).map((s) => new Date(s.at).toISOString().slice(11, 19)),
      ['10:00:00', '10:00:30'],
    );
  });
});
