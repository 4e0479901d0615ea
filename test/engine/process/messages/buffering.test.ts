import { strict as assert } from 'node:assert';
import { correlateMessage, makeTimerScheduler, type CrossdeskError } from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openElementIds, reload, start, workAt, useTestEngine } from '../../../support/scenario.ts';

const send = (t: TestEngine, caseId: string, ttlSeconds?: number) =>
  correlateMessage(t.ctx, actors.integrator, {
    name: 'documentsReceived',
    correlationKey: caseId,
    variables: { pages: 3 },
    ttlSeconds,
  });

describe('message buffering (ttlSeconds)', () => {
  const engine = useTestEngine(import.meta.url, 'early-reply.bpmn');
  let t: TestEngine;
  beforeEach(() => (t = engine()));

  it('given the documents arrive before the process waits for them, then the wait consumes the buffered message at once', async () => {
    const instance = await start(t.ctx, 'earlyReply', { caseId: 'K-1' });
    assert.equal((await send(t, 'K-1', 3600)).outcome, 'BUFFERED');
    await workAt(t.ctx, instance.id, 'request');
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['review']);
    assert.equal((await reload(t.ctx, instance.id)).variables.pages, 3);
  });

  it('given a buffered message, then it reaches only one wait: a second instance with the same key keeps waiting', async () => {
    const a = await start(t.ctx, 'earlyReply', { caseId: 'K-2' });
    const b = await start(t.ctx, 'earlyReply', { caseId: 'K-2' });
    await send(t, 'K-2', 3600);
    await workAt(t.ctx, a.id, 'request');
    await workAt(t.ctx, b.id, 'request');
    assert.deepEqual([await openElementIds(t.ctx, a.id), await openElementIds(t.ctx, b.id)], [['review'], []]);
    assert.deepEqual((await reload(t.ctx, b.id)).activeElementIds, ['awaitDocs']);
  });

  it('given the buffer time ran out, then the late wait does not get the message', async () => {
    const instance = await start(t.ctx, 'earlyReply', { caseId: 'K-3' });
    await send(t, 'K-3', 60);
    t.clock.advance(61_000);
    await workAt(t.ctx, instance.id, 'request');
    assert.deepEqual((await reload(t.ctx, instance.id)).activeElementIds, ['awaitDocs']);
  });

  it('given expired messages, then the scheduler purges them and keeps the live ones', async () => {
    await send(t, 'K-6', 60);
    await send(t, 'K-7', 3600);
    t.clock.advance(61_000);
    await makeTimerScheduler(t.ctx).runDue();
    const left = await t.ctx.db('buffered_messages').select('correlation_key');
    assert.deepEqual(
      left.map((r: { correlation_key: string }) => r.correlation_key),
      ['K-7'],
    );
  });

  it('given no ttl, then an unmatched message is dropped (NO_MATCH), and a negative ttl is refused', async () => {
    assert.equal((await send(t, 'K-4')).outcome, 'NO_MATCH');
    const err = await send(t, 'K-4', -1).catch((e: CrossdeskError) => e);
    assert.equal((err as CrossdeskError).code, 'BAD_USER_INPUT');
  });

  it('given the wait correlates by an expression (crossdesk:correlationKey="${caseId}"), then a direct message with that key reaches it', async () => {
    const instance = await start(t.ctx, 'earlyReply', { caseId: 'K-5' }, 'not-the-key');
    await workAt(t.ctx, instance.id, 'request');
    assert.equal((await send(t, 'K-5')).outcome, 'CORRELATED');
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['review']);
  });
});
