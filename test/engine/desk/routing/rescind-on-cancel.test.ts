import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  cancelProcessInstance,
  correlateMessage,
  getAgent,
  getPendingReservationsOfAgent,
  getReservations,
  getTask,
  setPresence,
  type EngineEvent,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, openTasks, start } from '../../../support/scenario.ts';
import { agent, queue, startRouter } from '../../../support/routing.ts';
import { codeAndReason } from '../../../support/outcome.ts';

describe('a task its process cancels while it is offered', () => {
  let t: TestEngine;
  let router: Router;
  let events: EngineEvent[];
  let stopListening: () => void;

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'cancellable-task.bpmn');
    // One missed offer would set the agent AWAY: a cancelled offer must never count as one.
    await queue(t.ctx, { name: 'backoffice', reservationTimeoutSeconds: 30, maxMissedOffers: 1 });
    router = await startRouter(t.ctx);
    await agent(t.ctx, 'ann', '', { BACKOFFICE: 1, total: 1 });
    await setPresence(t.ctx, actorFor('ann'), { state: 'AVAILABLE' });
    events = [];
    stopListening = t.ctx.events.subscribe((e) => events.push(e));
  });
  afterEach(async () => {
    stopListening();
    await router.stop();
    await t.close();
  });

  /** Starts an instance whose task the router offers to ann. */
  async function offered(
    businessKey: string,
  ): Promise<{ instanceId: string; task: TaskRecord; reservationId: string }> {
    const instance = await start(t.ctx, 'cancellable', {}, businessKey);
    await router.settle();
    const [task] = await openTasks(t.ctx, instance.id);
    const [offer] = await getPendingReservationsOfAgent(t.ctx, 'ann');
    assert.equal(offer?.taskId, task.id, 'the task is offered to ann');
    return { instanceId: instance.id, task, reservationId: offer.id };
  }

  /** What must hold once the process has cancelled the offered task. */
  async function assertRescinded(taskId: string, reservationId: string): Promise<void> {
    assert.equal((await getTask(t.ctx, taskId))?.state, 'CANCELLED');
    const [reservation] = await getReservations(t.ctx, [reservationId]);
    assert.equal(reservation?.state, 'RESCINDED', 'the offer ends with the task, not at its timeout');
    assert.deepEqual(await getPendingReservationsOfAgent(t.ctx, 'ann'), []);
    const rescinded = events.filter((e) => e.type === 'reservation.rescinded');
    assert.deepEqual(
      rescinded.map((e) => ('reservation' in e ? [e.reservation.id, e.task.id, e.task.state] : [])),
      [[reservationId, taskId, 'CANCELLED']],
    );
    assert.equal(
      await codeAndReason(acceptReservation(t.ctx, actorFor('ann'), reservationId)),
      'TASK_NOT_CLAIMABLE:RESERVATION_ENDED',
    );
    // The slot is free at once: the next task is offered to ann without waiting for the old timeout.
    const next = await start(t.ctx, 'cancellable', {}, `${taskId}-next`);
    await router.settle();
    const [nextTask] = await openTasks(t.ctx, next.id);
    const [nextOffer] = await getPendingReservationsOfAgent(t.ctx, 'ann');
    assert.equal(nextOffer?.taskId, nextTask.id);
    await acceptReservation(t.ctx, actorFor('ann'), nextOffer.id);
    // Past the cancelled offer's timeout nothing counts against ann.
    t.clock.advance(31_000);
    await router.runDue();
    await router.settle();
    const ann = await getAgent(t.ctx, 'ann');
    assert.equal(ann?.missedOffers, 0, 'a rescinded offer is not a missed one');
    assert.equal(ann?.presence, 'BUSY', 'working, not set AWAY');
  }

  it('given an offered task, when an interrupting boundary event cancels it, then its offer is rescinded in the same command', async () => {
    const { task, reservationId } = await offered('CASE-1');
    await correlateMessage(t.ctx, actors.integrator, { name: 'caseWithdrawn', correlationKey: 'CASE-1' });
    await assertRescinded(task.id, reservationId);
  });

  it('given an offered task, when a supervisor cancels the instance, then its offer is rescinded', async () => {
    const { instanceId, task, reservationId } = await offered('CASE-2');
    await cancelProcessInstance(t.ctx, actors.supervisor, instanceId, 'customer withdrew');
    await assertRescinded(task.id, reservationId);
  });

  it('given an offered task, when a terminate end event ends the instance, then its offer is rescinded', async () => {
    const { task, reservationId } = await offered('CASE-3');
    await correlateMessage(t.ctx, actors.integrator, { name: 'caseStopped', correlationKey: 'CASE-3' });
    await assertRescinded(task.id, reservationId);
  });

  it('given a cancellation whose transaction fails, then neither the task nor its offer changes', async () => {
    const { instanceId, task, reservationId } = await offered('CASE-4');
    const unregister = t.ctx.taskHooks.onCancel(async () => {
      throw new Error('disk full');
    });
    await assert.rejects(cancelProcessInstance(t.ctx, actors.supervisor, instanceId, null), /disk full/);
    unregister();
    assert.equal((await getTask(t.ctx, task.id))?.state, 'RESERVED');
    const [reservation] = await getReservations(t.ctx, [reservationId]);
    assert.equal(reservation?.state, 'PENDING');
    assert.equal(events.filter((e) => e.type === 'reservation.rescinded').length, 0);
  });
});
