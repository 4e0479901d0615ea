import { strict as assert } from 'node:assert';
import {
  makeManualClock,
  makeWakeLoop,
  type WakeLoop,
  type WakeLoopSpec,
} from '../../../../engine/core/clock/index.ts';

/** A fake sleep driven by the manual clock: advancing the clock wakes the sleeps that fall due. */
function makeFakeTime() {
  const clock = makeManualClock();
  const sleeps = new Set<{ at: number; wake: () => void }>();
  return {
    clock,
    sleep: (ms: number, wake: () => void) => {
      const s = { at: clock.now() + ms, wake };
      sleeps.add(s);
      return () => sleeps.delete(s);
    },
    /** The times the loop is sleeping until. */
    pending: () => [...sleeps].map((s) => s.at - clock.now()),
    advance(ms: number) {
      clock.advance(ms);
      for (const s of [...sleeps])
        if (s.at <= clock.now()) {
          sleeps.delete(s);
          s.wake();
        }
    },
  };
}

describe('wake-up loop', () => {
  let time: ReturnType<typeof makeFakeTime>;
  let loop: WakeLoop;
  let passes: number[];
  let next: number | null;
  const errors: unknown[] = [];
  const make = (spec: Partial<WakeLoopSpec> = {}) =>
    makeWakeLoop({
      clock: time.clock,
      sleep: time.sleep,
      onError: (err) => errors.push(err),
      pass: async () => {
        passes.push(time.clock.now());
        return next;
      },
      ...spec,
    });

  beforeEach(() => {
    time = makeFakeTime();
    passes = [];
    next = null;
    errors.length = 0;
    loop = make();
  });
  afterEach(() => loop.stop());

  it('given a next due time, when started, then it runs a pass and sleeps exactly until that time, then passes again', async () => {
    next = time.clock.now() + 5_000;
    await loop.start();
    assert.equal(passes.length, 1);
    assert.deepEqual(time.pending(), [5_000]);
    next = null;
    time.advance(4_999);
    await loop.idle();
    assert.equal(passes.length, 1);
    time.advance(1);
    await loop.idle();
    assert.equal(passes.length, 2);
    assert.deepEqual(time.pending(), [], 'nothing due: it sleeps until poked');
  });

  it('given a sleep, when an earlier time is armed, then it wakes at the earlier one, and a later one changes nothing', async () => {
    next = time.clock.now() + 60_000;
    await loop.start();
    loop.wakeAt(time.clock.now() + 10_000);
    loop.wakeAt(time.clock.now() + 30_000);
    assert.deepEqual(time.pending(), [10_000]);
    time.advance(10_000);
    await loop.idle();
    assert.equal(passes.length, 2);
    assert.deepEqual(time.pending(), [50_000]);
  });

  it('given pokes while a pass runs, then one more pass follows, not one per poke, and passes never overlap', async () => {
    let inside = 0;
    let most = 0;
    let release: () => void = () => undefined;
    loop = make({
      pass: async () => {
        inside += 1;
        most = Math.max(most, inside);
        passes.push(time.clock.now());
        if (passes.length === 2) await new Promise<void>((r) => (release = r));
        inside -= 1;
        return null;
      },
    });
    await loop.start();
    loop.poke();
    await new Promise((r) => setImmediate(r));
    for (let i = 0; i < 5; i++) loop.poke();
    release();
    await loop.idle();
    assert.equal(passes.length, 3);
    assert.equal(most, 1);
  });

  it('given a polling loop, when nothing is known to be due, then it sleeps its idle time, capped by its longest sleep', async () => {
    loop = make({ idleMs: 60_000, maxSleepMs: 30_000 });
    await loop.start();
    assert.deepEqual(time.pending(), [30_000]);
    next = time.clock.now() + 45_000;
    time.advance(30_000);
    await loop.idle();
    assert.deepEqual(time.pending(), [15_000]);
  });

  it('given a failing pass, then the error is reported and the loop still runs when poked', async () => {
    let fail = true;
    loop = make({
      pass: async () => {
        passes.push(time.clock.now());
        if (fail) throw new Error('boom');
        return null;
      },
    });
    await loop.start();
    assert.equal(String(errors[0]), 'Error: boom');
    fail = false;
    loop.poke();
    await loop.idle();
    assert.equal(passes.length, 2);
  });

  it('given a stopped loop, then pokes and due times run nothing and no sleep is left behind', async () => {
    next = time.clock.now() + 1_000;
    await loop.start();
    await loop.stop();
    assert.deepEqual(time.pending(), []);
    loop.poke();
    loop.wakeAt(time.clock.now() + 10);
    time.advance(5_000);
    await loop.idle();
    assert.equal(passes.length, 1);
    assert.equal(loop.running, false);
  });

  it('given a loop never started, then runNow still runs one pass (tests drive it by hand) and arms nothing', async () => {
    next = time.clock.now() + 1_000;
    await loop.runNow();
    assert.equal(passes.length, 1);
    assert.deepEqual(time.pending(), []);
  });
});
