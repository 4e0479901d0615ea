import { strict as assert } from 'node:assert';
import {
  cancelProcessInstance,
  completeExternalTask,
  failExternalTask,
  fetchAndLockExternalTasks,
  listIncidents,
  makeEngineContext,
  makeLogger,
  retryIncident,
  type EngineContext,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';
import type { TestEngine } from '../../../support/context.ts';
import { openElementIds, reload, start, useTestEngine } from '../../../support/scenario.ts';
import { code } from '../../../support/outcome.ts';

const fetch = (ctx: EngineContext, workerId: string, topic = 'document-check', extra: Record<string, number> = {}) =>
  fetchAndLockExternalTasks(ctx, actors.integrator, { topic, workerId, maxTasks: 10, lockSeconds: 30, ...extra });

describe('external service tasks', () => {
  const engine = useTestEngine(import.meta.url, 'address-change.bpmn');
  let t: TestEngine;
  beforeEach(() => (t = engine()));

  it('given a service task with a topic, then a worker locks it with the variables, completes it, and the gateway uses its result', async () => {
    const instance = await start(t.ctx, 'addressChange', { customerId: 'C-9' }, 'AC-1');
    assert.deepEqual((await reload(t.ctx, instance.id)).activeElementIds, ['checkDocument']);
    const [locked] = await fetch(t.ctx, 'worker-a');
    assert.equal(locked.job.topic, 'document-check');
    assert.deepEqual(locked.variables, { customerId: 'C-9', businessKey: 'AC-1' });
    assert.deepEqual(await fetch(t.ctx, 'worker-b'), [], 'locked for worker-a');
    await completeExternalTask(t.ctx, actors.integrator, locked.job.id, 'worker-a', { documentValid: true });
    assert.deepEqual((await reload(t.ctx, instance.id)).activeElementIds, ['update']);
    const [crm] = await fetch(t.ctx, 'worker-c', 'crm-update');
    assert.equal(crm.job.elementId, 'update', 'crossdesk:topic short form works too');
    await completeExternalTask(t.ctx, actors.integrator, crm.job.id, 'worker-c');
    assert.equal((await reload(t.ctx, instance.id)).state, 'COMPLETED');
  });

  it('given two nodes racing for 10 jobs, then every job goes to exactly one worker', async () => {
    for (let i = 0; i < 10; i++) await start(t.ctx, 'addressChange', { i });
    const other = makeEngineContext({ db: await t.testDb.reopen(), clock: t.clock, logger: makeLogger('silent') });
    const [a, b] = await Promise.all([
      fetch(t.ctx, 'worker-a', 'document-check', { maxTasks: 7 }),
      fetch(other, 'worker-b', 'document-check', { maxTasks: 7 }),
    ]);
    const ids = [...a, ...b].map((l) => l.job.id);
    assert.equal(ids.length, 10);
    assert.equal(new Set(ids).size, 10);
  });

  it('given an expired lock, then another worker gets the job and the first one can no longer complete it', async () => {
    const instance = await start(t.ctx, 'addressChange');
    const [first] = await fetch(t.ctx, 'slow');
    t.clock.advance(31_000);
    const [second] = await fetch(t.ctx, 'fast');
    assert.equal(second.job.id, first.job.id);
    assert.equal(
      await code(completeExternalTask(t.ctx, actors.integrator, first.job.id, 'slow', { documentValid: true })),
      'JOB_LOCK_LOST',
    );
    await completeExternalTask(t.ctx, actors.integrator, second.job.id, 'fast', { documentValid: false });
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['askAgain']);
  });

  it('given failures, then the job comes back after its back-off, and when retries run out it is an incident until retried', async () => {
    const instance = await start(t.ctx, 'addressChange');
    const [locked] = await fetch(t.ctx, 'w');
    await failExternalTask(t.ctx, actors.integrator, locked.job.id, 'w', {
      message: 'scanner offline',
      retries: 1,
      retryAfterSeconds: 60,
    });
    assert.deepEqual(await fetch(t.ctx, 'w'), [], 'waits for its back-off');
    t.clock.advance(60_000);
    const [again] = await fetch(t.ctx, 'w');
    await failExternalTask(t.ctx, actors.integrator, again.job.id, 'w', { message: 'still offline' });
    const [incident] = await listIncidents(t.ctx, instance.id);
    assert.equal(incident.errorMessage, 'still offline');
    assert.deepEqual(await fetch(t.ctx, 'w'), [], 'an incident is not fetched');
    assert.equal(await code(retryIncident(t.ctx, actors.expert, incident.id)), 'FORBIDDEN');
    await retryIncident(t.ctx, actors.supervisor, incident.id, 2);
    assert.deepEqual(await listIncidents(t.ctx, instance.id), []);
    const [revived] = await fetch(t.ctx, 'w');
    await completeExternalTask(t.ctx, actors.integrator, revived.job.id, 'w', { documentValid: false });
    assert.deepEqual(await openElementIds(t.ctx, instance.id), ['askAgain']);
  });

  it('given a long poll, then the worker is answered as soon as work arrives', async () => {
    const polling = fetch(t.ctx, 'patient', 'document-check', { waitSeconds: 10 });
    await new Promise((r) => setTimeout(r, 5));
    await start(t.ctx, 'addressChange');
    const started = Date.now();
    assert.equal((await polling).length, 1);
    assert.ok(Date.now() - started < 2000);
  });

  it('given the instance is cancelled while a worker holds the job, then its completion is refused and the job is gone', async () => {
    const instance = await start(t.ctx, 'addressChange');
    const [locked] = await fetch(t.ctx, 'w');
    await cancelProcessInstance(t.ctx, actors.supervisor, instance.id, 'customer left');
    assert.equal(await code(completeExternalTask(t.ctx, actors.integrator, locked.job.id, 'w')), 'NOT_FOUND');
  });

  it('refuses workers without the integrator role and malformed input', async () => {
    await start(t.ctx, 'addressChange');
    assert.equal(
      await code(fetchAndLockExternalTasks(t.ctx, actors.expert, { topic: 'document-check', workerId: 'x' })),
      'FORBIDDEN',
    );
    assert.equal(
      await code(fetchAndLockExternalTasks(t.ctx, actors.integrator, { topic: '', workerId: 'x' })),
      'BAD_USER_INPUT',
    );
    const [locked] = await fetch(t.ctx, 'w');
    assert.equal(
      await code(failExternalTask(t.ctx, actors.integrator, locked.job.id, 'w', { message: '' })),
      'BAD_USER_INPUT',
    );
    assert.equal(await code(completeExternalTask(t.ctx, actors.integrator, locked.job.id, 'w', [1])), 'BAD_USER_INPUT');
  });
});
