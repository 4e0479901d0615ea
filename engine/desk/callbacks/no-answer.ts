import {
  appendHistory,
  findCallTask,
  TaskKind,
  TaskState,
  updateTaskIf,
  patchTask,
  withTransaction,
  type CallbackFields,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { CALLBACK_RETRY_DELAY_MS, CallbackOutcome } from './callback-types.ts';
import { closeCallback } from './window.ts';

/**
 * The platform dialled a callback and nobody answered (CTI `CALLBACK_NO_ANSWER`). The callback goes
 * back to the queue after the retry delay if attempts are left and the retry still falls inside the
 * window, and is otherwise closed with outcome NO_ANSWER. A report about a callback that is no longer
 * being dialled changes nothing. `freed` is the agent who dialled (free again), null when nothing changed.
 */
export async function callbackNotAnswered(
  ctx: EngineContext,
  callId: string,
  at: number,
): Promise<{ task: TaskRecord; freed: string | null }> {
  const task = await findCallTask(ctx.db, callId);
  if (!task || task.kind !== TaskKind.CALLBACK)
    throw new BadInputError(`call ${callId} is not a callback`, { field: 'callId' });
  if (task.state !== TaskState.ASSIGNED) return { task, freed: null };
  const now = ctx.clock.now();
  const retryAt = now + CALLBACK_RETRY_DELAY_MS;
  const { attempts, maxAttempts, windowEnd } = task.callback as CallbackFields;
  const last = attempts >= (maxAttempts ?? 1) || (windowEnd !== null && retryAt >= windowEnd);
  const holder = task.assigneeId as string;
  const done = last
    ? await closeCallback(ctx, task, CallbackOutcome.NO_ANSWER, `no answer after ${attempts} attempt(s)`)
    : await requeueLater(ctx, task, retryAt, at);
  return { task: done ?? task, freed: holder };
}

async function requeueLater(
  ctx: EngineContext,
  task: TaskRecord,
  retryAt: number,
  at: number,
): Promise<TaskRecord | null> {
  const now = ctx.clock.now();
  const handlingMs = task.handlingMs + (task.workStartedAt === null ? 0 : Math.max(0, at - task.workStartedAt));
  const changes = {
    state: TaskState.QUEUED,
    assigneeId: null,
    claimedAt: null,
    workStartedAt: null,
    readyAt: retryAt,
    handlingMs,
    call: { ctiAt: at },
  };
  const back = await withTransaction(ctx.db, async (trx) => {
    if (
      !(await updateTaskIf(trx, task.id, { fromStates: [TaskState.ASSIGNED], expectedVersion: task.version }, changes))
    )
      return null;
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: task.id,
        type: 'task.requeued',
        elementId: null,
        actorId: null,
        onBehalfOf: null,
        at: now,
        data: { reason: 'no answer', attempt: task.callback?.attempts, retryAt },
      },
    ]);
    return { ...patchTask(task, changes), version: task.version + 1 };
  });
  // The event names the agent who dialled, so that the router sees its slot free.
  if (back) ctx.events.publish({ type: 'task.requeued', task: { ...back, assigneeId: task.assigneeId } });
  return back;
}
