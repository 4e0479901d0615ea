import { strict as assert } from 'node:assert';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { makeManualClock, type ManualClock } from '../../engine/index.ts';
import { DbRateLimiter, deleteExpiredRateLimits, deleteRateLimitKeys } from '../../models/index.ts';
import { makeTestDb, type TestDb } from '../support/context.ts';

/** The library rejects with a RateLimiterRes when a key is over its points. */
const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => assert.fail('expected a refusal'),
    (err) => {
      assert.ok(err instanceof RateLimiterRes, String(err));
      return err;
    },
  );

describe('models: rate-limiter-flexible store over the rate_limits table', () => {
  let testDb: TestDb;
  let clock: ManualClock;
  const limiter = (points: number, duration: number, keyPrefix = 'test', db = testDb.db) =>
    new DbRateLimiter({ db, now: clock.now, keyPrefix, points, duration });
  beforeEach(async () => {
    testDb = await makeTestDb();
    clock = makeManualClock();
  });
  afterEach(() => testDb.destroy());

  it('allows `points` per window on the injected clock, then refuses until the window ends', async () => {
    const limit = limiter(3, 60);
    for (let i = 1; i <= 3; i++) assert.equal((await limit.consume('k')).consumedPoints, i);
    clock.advance(20_000);
    const refused = await refusal(limit.consume('k'));
    assert.deepEqual([refused.consumedPoints, refused.remainingPoints, refused.msBeforeNext], [4, 0, 40_000]);
    assert.equal((await limit.consume('other')).consumedPoints, 1, 'keys are counted apart');
    clock.advance(40_000);
    const fresh = await limit.consume('k');
    assert.deepEqual([fresh.consumedPoints, fresh.isFirstInDuration, fresh.msBeforeNext], [1, true, 60_000]);
  });

  it('supports penalty, reward, get, block and delete', async () => {
    const limit = limiter(2, 100);
    assert.equal(await limit.get('k'), null);
    assert.equal((await limit.penalty('k', 2)).consumedPoints, 2);
    assert.equal((await limit.reward('k', 1)).consumedPoints, 1);
    assert.equal((await limit.get('k'))!.consumedPoints, 1);
    await limit.block('k', 30);
    const blocked = await refusal(limit.consume('k'));
    assert.equal(blocked.msBeforeNext, 30_000, 'a block replaces the window');
    clock.advance(30_000);
    assert.equal(await limit.get('k'), null, 'expired rows read as none');
    await limit.consume('k');
    assert.equal(await limit.delete('k'), true);
    assert.equal(await limit.delete('k'), false);
  });

  it('counts concurrent consumptions exactly (one atomic statement each)', async () => {
    const limit = limiter(5, 60);
    const outcomes = await Promise.allSettled(Array.from({ length: 20 }, () => limit.consume('burst')));
    assert.equal(outcomes.filter((o) => o.status === 'fulfilled').length, 5);
    assert.equal((await limit.get('burst'))!.consumedPoints, 20);
  });

  it('is shared by every handle on the database (several nodes)', async () => {
    const other = limiter(2, 60, 'test', await testDb.reopen());
    await limiter(2, 60).consume('shared');
    await other.consume('shared');
    await refusal(limiter(2, 60).consume('shared'));
  });

  it('deletes expired rows in bounded batches, and keys by prefix without wildcards', async () => {
    const short = limiter(1, 10, 'short');
    for (let i = 0; i < 5; i++) await short.consume(`k${i}`);
    await limiter(1, 100, 'long').consume('k');
    await limiter(1, 100, 'sign_x').consume('a');
    await limiter(1, 100, 'signXx').consume('a');
    clock.advance(11_000);
    assert.equal(await deleteExpiredRateLimits(testDb.db, clock.now(), 3), 3);
    assert.equal(await deleteExpiredRateLimits(testDb.db, clock.now()), 2);
    assert.equal(await deleteExpiredRateLimits(testDb.db, clock.now()), 0);
    assert.equal(await deleteRateLimitKeys(testDb.db, 'sign_x:'), 1, '_ is not a wildcard');
    assert.deepEqual(
      (await testDb.db('rate_limits').select('key').orderBy('key')).map((r) => r.key),
      ['long:k', 'signXx:a'],
    );
  });
});
