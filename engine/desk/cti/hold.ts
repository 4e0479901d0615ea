import {
  appendHistory,
  findCallTask,
  patchTask,
  TaskState,
  updateTaskIf,
  withTransaction,
  type TaskChanges,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';

/** The changes that close a running hold at `at` (none when the call is not on hold). */
export function closeHold(task: TaskRecord, at: number): TaskChanges['call'] {
  const call = task.call;
  if (!call || call.heldAt === null) return {};
  return { heldAt: null, holdMs: call.holdMs + Math.max(0, at - call.heldAt) };
}

/**
 * The platform confirms a hold (CALL_HELD) or its end (CALL_RESUMED): the task records since when the
 * call is held, and on resume adds the hold to `holdMs` (reports' hold time). A hold of a call that is
 * not in progress, or a repeat of the state it is in, changes nothing.
 */
export async function holdCall(ctx: EngineContext, callId: string, held: boolean, at: number): Promise<TaskRecord> {
  const task = await findCallTask(ctx.db, callId);
  if (!task) throw new BadInputError(`call ${callId} was never offered`, { field: 'callId' });
  const call = task.call as NonNullable<TaskRecord['call']>;
  if (task.state !== TaskState.ASSIGNED || (call.heldAt !== null) === held) return task;
  const changes: TaskChanges = { call: held ? { heldAt: at, ctiAt: at } : { ...closeHold(task, at), ctiAt: at } };
  const now = ctx.clock.now();
  const done = await withTransaction(ctx.db, async (trx) => {
    if (!(await updateTaskIf(trx, task.id, { fromStates: [task.state], expectedVersion: task.version }, changes)))
      return null;
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: task.id,
        type: held ? 'call.held' : 'call.resumed',
        elementId: null,
        actorId: task.assigneeId,
        onBehalfOf: null,
        at: now,
        data: { via: 'cti', at, ...(held ? {} : { holdMs: changes.call?.holdMs }) },
      },
    ]);
    return { ...patchTask(task, changes), version: task.version + 1 };
  });
  if (!done) return (await findCallTask(ctx.db, callId)) as TaskRecord;
  ctx.events.publish({ type: 'task.changed', task: done });
  return done;
}
