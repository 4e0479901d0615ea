import { strict as assert } from 'node:assert';
import { rollupArrivalHistory } from '../../models/index.ts';
import { makeTestDb, type TestDb } from '../support/context.ts';
import { seedHistory } from '../support/planning-history.ts';

const DAY0 = Date.UTC(2026, 10, 2);

describe('models/arrival-history: the forecast history from the queue rollups', () => {
  let testDb: TestDb;
  before(async () => {
    testDb = await makeTestDb();
    await seedHistory(testDb.db, 'hist-q', DAY0, 2, 20);
  });
  after(() => testDb.destroy());

  it('sums contacts offered per interval from the 15-minute rollups, with handled count and summed handle time', async () => {
    const rows = await rollupArrivalHistory(testDb.db, {
      queue: 'hist-q',
      from: DAY0 - 2 * 86_400_000,
      to: DAY0,
      intervalMinutes: 15,
    });
    // 20 contacts a minute apart from 10:00: 15 in 10:00-10:15, 5 in 10:15-10:30, on each of two days.
    assert.deepEqual(
      rows.map((r) => [new Date(r.start).toISOString(), r.arrivals, r.handled, r.handleSeconds]),
      [
        ['2026-10-31T10:00:00.000Z', 15, 15, 4500],
        ['2026-10-31T10:15:00.000Z', 5, 5, 1500],
        ['2026-11-01T10:00:00.000Z', 15, 15, 4500],
        ['2026-11-01T10:15:00.000Z', 5, 5, 1500],
      ],
    );
    const hourly = await rollupArrivalHistory(testDb.db, {
      queue: 'hist-q',
      channel: 'CHAT',
      from: DAY0 - 86_400_000,
      to: DAY0,
      intervalMinutes: 60,
    });
    assert.deepEqual(hourly, [], 'the channel narrows');
  });
});
