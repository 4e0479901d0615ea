import { strict as assert } from 'node:assert';
import {
  broadcastSignal,
  claimTask,
  completeTask,
  correlateMessage,
  getTask,
  InstanceState,
  TaskState,
  throwTaskError,
  throwTaskEscalation,
} from '../../../engine/index.ts';
import { actors } from '../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../support/context.ts';
import { deployFixture, openTask, reload, start, work, workAt, openElementIds } from '../../support/scenario.ts';
import { code } from '../../support/outcome.ts';

const elements = (t: TestEngine, id: string) => openElementIds(t.ctx, id);

describe('scenario: events', () => {
  let t: TestEngine;
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
  });
  afterEach(() => t.close());

  describe('boundary events on a user task', () => {
    let instanceId: string;
    let taskId: string;
    beforeEach(async () => {
      await deployFixture(t.ctx, import.meta.url, 'boundary-events.bpmn');
      instanceId = (await start(t.ctx, 'boundaries', {}, 'CASE-7')).id;
      taskId = (await openTask(t.ctx, instanceId, 'check')).id;
      await claimTask(t.ctx, actors.expert, taskId);
    });

    it('given the expert reports a BPMN error, then the error boundary takes over and the task is done', async () => {
      await throwTaskError(t.ctx, actors.expert, taskId, { code: 'DOC_MISSING', message: 'no ID attached' });
      assert.deepEqual(await elements(t, instanceId), ['requestDocs']);
      assert.equal((await getTask(t.ctx, taskId))?.state, TaskState.COMPLETED);
    });

    it('given the expert escalates, then a non-interrupting help task appears and the task stays with the expert', async () => {
      await throwTaskEscalation(t.ctx, actors.expert, taskId, { code: 'NEEDS_HELP' });
      assert.deepEqual(await elements(t, instanceId), ['check', 'help']);
      assert.equal((await getTask(t.ctx, taskId))?.assigneeId, 'expert');
    });

    it('given the case is withdrawn by message, then the interrupting boundary cancels the task and completing it gives TASK_NOT_ACTIVE', async () => {
      const result = await correlateMessage(t.ctx, actors.integrator, {
        name: 'caseWithdrawn',
        correlationKey: 'CASE-7',
      });
      assert.equal(result.outcome, 'CORRELATED');
      assert.equal((await getTask(t.ctx, taskId))?.state, TaskState.CANCELLED);
      assert.equal(await code(completeTask(t.ctx, actors.expert, taskId, {})), 'TASK_NOT_ACTIVE');
      assert.equal((await reload(t.ctx, instanceId)).state, InstanceState.COMPLETED);
    });

    it('given a message with another correlation key, then nothing matches and nothing changes', async () => {
      const result = await correlateMessage(t.ctx, actors.integrator, {
        name: 'caseWithdrawn',
        correlationKey: 'CASE-8',
      });
      assert.equal(result.outcome, 'NO_MATCH');
      assert.equal((await getTask(t.ctx, taskId))?.state, TaskState.ASSIGNED);
    });
  });

  describe('error end event and escalation inside a sub-process', () => {
    beforeEach(() => deployFixture(t.ctx, import.meta.url, 'error-escalation-subprocess.bpmn'));

    it('given the sub-process escalates on entry, then the manager is informed while the inspection goes on', async () => {
      const instance = await start(t.ctx, 'fraudCheck');
      assert.deepEqual(await elements(t, instance.id), ['informManager', 'inspect']);
    });

    it('given the inspection finds fraud, then the error end event is caught by the boundary and the account gets blocked', async () => {
      const instance = await start(t.ctx, 'fraudCheck');
      await workAt(t.ctx, instance.id, 'inspect', { fraud: true });
      assert.deepEqual(await elements(t, instance.id), ['blockAccount', 'informManager']);
    });
  });

  describe('compensation', () => {
    beforeEach(() => deployFixture(t.ctx, import.meta.url, 'compensation.bpmn'));

    it('given the trip is cancelled after the hotel was booked, then the compensation task to cancel the booking is created', async () => {
      const instance = await start(t.ctx, 'booking');
      await workAt(t.ctx, instance.id, 'bookHotel');
      await workAt(t.ctx, instance.id, 'confirm', { cancelled: true });
      assert.deepEqual(await elements(t, instance.id), ['cancelHotel']);
    });

    it('given the trip is confirmed, then nothing is compensated', async () => {
      const instance = await start(t.ctx, 'booking');
      await workAt(t.ctx, instance.id, 'bookHotel');
      await workAt(t.ctx, instance.id, 'confirm', { cancelled: false });
      assert.equal((await reload(t.ctx, instance.id)).state, InstanceState.COMPLETED);
    });
  });

  describe('message start and event-based gateway', () => {
    beforeEach(() => deployFixture(t.ctx, import.meta.url, 'event-based-gateway.bpmn'));

    it('given a message that starts the process, then the instance starts with the message variables and business key', async () => {
      const result = await correlateMessage(t.ctx, actors.integrator, {
        name: 'complaintReceived',
        correlationKey: 'C-1',
        variables: { topic: 'late delivery' },
      });
      assert.equal(result.outcome, 'STARTED');
      assert.equal(result.instance?.businessKey, 'C-1');
      assert.equal(result.instance?.variables.topic, 'late delivery');
      assert.deepEqual(await elements(t, result.instance!.id), ['ask']);
    });

    it('given the customer replies, then the reply path wins and the signal no longer reaches the instance', async () => {
      const { instance } = await correlateMessage(t.ctx, actors.integrator, {
        name: 'complaintReceived',
        correlationKey: 'C-2',
      });
      await workAt(t.ctx, instance!.id, 'ask');
      assert.deepEqual((await reload(t.ctx, instance!.id)).activeElementIds.sort(), ['closed', 'gw', 'reply'].sort());
      assert.equal(
        (await correlateMessage(t.ctx, actors.integrator, { name: 'customerReply', correlationKey: 'C-2' })).outcome,
        'CORRELATED',
      );
      assert.deepEqual(await elements(t, instance!.id), ['handle']);
      assert.equal(await broadcastSignal(t.ctx, actors.integrator, 'storeClosed'), 0);
    });

    it('given the store closes first, then the signal path wins for every waiting instance', async () => {
      const ids = [];
      for (const key of ['C-3', 'C-4']) {
        const { instance } = await correlateMessage(t.ctx, actors.integrator, {
          name: 'complaintReceived',
          correlationKey: key,
        });
        await work(t.ctx, await openTask(t.ctx, instance!.id, 'ask'));
        ids.push(instance!.id);
      }
      assert.equal(await broadcastSignal(t.ctx, actors.integrator, 'storeClosed'), 2);
      for (const id of ids) assert.equal((await reload(t.ctx, id)).state, InstanceState.COMPLETED);
      assert.equal(
        (await correlateMessage(t.ctx, actors.integrator, { name: 'customerReply', correlationKey: 'C-3' })).outcome,
        'NO_MATCH',
      );
    });

    it('given two instances wait under the same key, then correlation is AMBIGUOUS and changes nothing', async () => {
      for (let i = 0; i < 2; i++) {
        const { instance } = await correlateMessage(t.ctx, actors.integrator, {
          name: 'complaintReceived',
          correlationKey: 'SAME',
        });
        await work(t.ctx, await openTask(t.ctx, instance!.id, 'ask'));
      }
      assert.equal(
        await code(correlateMessage(t.ctx, actors.integrator, { name: 'customerReply', correlationKey: 'SAME' })),
        'AMBIGUOUS',
      );
    });
  });
});
