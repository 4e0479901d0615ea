import { strict as assert } from 'node:assert';
import { performance } from 'node:perf_hooks';
import { CrossdeskError, saveUser, signIn } from '../../../../engine/index.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

describe('engine: sign-in takes as long whether the user id exists or not', () => {
  let t: TestEngine;
  beforeEach(async () => {
    // Limits high enough that the throttle never refuses: this test is about the password check.
    const sessions = {
      tokenTtlMs: 12 * 3600_000,
      idleTimeoutMs: 3600_000,
      freeFailures: 1000,
      backoffMaxSeconds: 900,
      userFailuresPerHour: 1000,
      addressFailuresPerHour: 1000,
      localPasswords: true,
      ssoProviderName: null,
    };
    t = await makeTestEngine({ sessions });
    await saveUser(t.ctx, null, { id: 'rita', name: 'Rita', roles: ['agent'], password: 'pw-rita-1' });
    await saveUser(t.ctx, null, { id: 'floor', name: 'No password', roles: ['agent'] });
    await saveUser(t.ctx, null, { id: 'gone', name: 'Left', roles: ['agent'], password: 'pw-gone-1', active: false });
  });
  afterEach(() => t.close());

  it('answers a wrong password, an unknown id, a user without password and an inactive user alike, in about the same time', async function () {
    this.timeout(60_000);
    const cases = { wrongPassword: 'rita', unknownId: 'nobody-here', noPassword: 'floor', inactive: 'gone' };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(cases).map((k) => [k, []]));
    const messages = new Set<string>();
    for (let round = 0; round < 10; round++) {
      for (const [name, userId] of Object.entries(cases)) {
        const started = performance.now();
        const err = await signIn(t.ctx, userId, round ? 'wrong' : 'pw-gone-1', `203.0.113.${round}`).catch((e) => e);
        const took = performance.now() - started;
        assert.ok(err instanceof CrossdeskError && err.code === 'UNAUTHENTICATED', `${name}: ${err}`);
        messages.add(err.message);
        if (round >= 3) times[name].push(took); // the first rounds warm up
      }
    }
    assert.deepEqual([...messages], ['wrong user id or password'], 'one answer for every failure');
    const known = median(times.wrongPassword);
    const medians = Object.fromEntries(Object.entries(times).map(([k, v]) => [k, Number(median(v).toFixed(1))]));
    for (const name of ['unknownId', 'noPassword', 'inactive']) {
      const ratio = median(times[name]) / known;
      assert.ok(
        ratio > 0.5 && ratio < 2,
        `${name} took ${ratio.toFixed(2)}x a wrong password (medians ms: ${JSON.stringify(medians)})`,
      );
    }
  });
});
