import { strict as assert } from 'node:assert';
import {
  broadcastSignal,
  captureInteraction,
  checkVariables,
  correlateMessage,
  measureJson,
  startProcess,
  type CrossdeskError,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';

/** A value nested `levels` objects deep, built without recursion. */
function deep(levels: number): Record<string, unknown> {
  let value: Record<string, unknown> = { leaf: 1 };
  for (let i = 1; i < levels; i++) value = { a: value };
  return value;
}

const codeOf = (p: Promise<unknown>) =>
  p.then(
    () => 'ok',
    (e: CrossdeskError) => e.code ?? String(e),
  );

describe('process variables: measured without recursion, bounded per command', () => {
  it('measures JSON size exactly, stopping at the byte budget and at the depth limit', () => {
    const value = { a: 'héllo\n', b: [1, null, true, { c: -1.5e-7 }], 'q"': {} };
    assert.deepEqual(measureJson(value, 10, Infinity), { bytes: Buffer.byteLength(JSON.stringify(value)), over: null });
    assert.equal(measureJson({ s: 'x'.repeat(1000) }, 10, 100).over, 'bytes');
    assert.deepEqual(measureJson(deep(3), 3, Infinity).over, null);
    assert.deepEqual(measureJson(deep(4), 3, Infinity).over, 'depth');
    // 100,000 levels: no stack overflow, an answer at the limit.
    assert.equal(measureJson(deep(100_000), 64, Infinity).over, 'depth');
  });

  it('checks depth (BAD_USER_INPUT) and total size (PAYLOAD_TOO_LARGE) with the limits given', () => {
    const limits = { maxVariablesBytes: 1000, maxJsonDepth: 5 };
    assert.deepEqual(checkVariables(deep(5), 'variables', limits), deep(5));
    assert.throws(() => checkVariables(deep(6), 'variables', limits), { code: 'BAD_USER_INPUT' });
    assert.throws(() => checkVariables({ a: 'x'.repeat(1000) }, 'variables', limits), {
      code: 'PAYLOAD_TOO_LARGE',
      fields: { field: 'variables', limit: 1000 },
    });
    // Without limits given, the defaults hold (1 MB, 64 levels).
    assert.throws(() => checkVariables(deep(65)), { code: 'BAD_USER_INPUT' });
  });

  describe('in the engine commands (EngineOptions maxVariablesBytes, maxJsonDepth)', () => {
    let t: TestEngine;
    beforeEach(async () => {
      t = await makeTestEngine({ maxVariablesBytes: 2000, maxJsonDepth: 8 });
      await seedUsers(t.ctx);
    });
    afterEach(() => t.close());

    it('refuses oversized and too deep variables in startProcess, correlateMessage and broadcastSignal', async () => {
      const big = { blob: 'x'.repeat(2000) };
      assert.equal(
        await codeOf(startProcess(t.ctx, actors.integrator, { key: 'any', variables: big })),
        'PAYLOAD_TOO_LARGE',
      );
      assert.equal(
        await codeOf(startProcess(t.ctx, actors.integrator, { key: 'any', variables: deep(9) })),
        'BAD_USER_INPUT',
      );
      assert.equal(
        await codeOf(correlateMessage(t.ctx, actors.integrator, { name: 'm', variables: big })),
        'PAYLOAD_TOO_LARGE',
      );
      assert.equal(await codeOf(broadcastSignal(t.ctx, actors.integrator, 's', deep(5000))), 'BAD_USER_INPUT');
      // Within the limits the command goes on to its own checks (no such process).
      assert.equal(
        await codeOf(startProcess(t.ctx, actors.integrator, { key: 'any', variables: deep(8) })),
        'NOT_FOUND',
      );
    });

    it('refuses captured attributes 5,000 levels deep with BAD_USER_INPUT (JSON.stringify would overflow)', async () => {
      const capture = captureInteraction(t.ctx, actors.integrator, {
        channel: 'EMAIL',
        subject: 's',
        attributes: deep(5000),
      });
      assert.equal(await codeOf(capture), 'BAD_USER_INPUT');
    });
  });
});
