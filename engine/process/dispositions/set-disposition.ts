import {
  appendHistory,
  findQueue,
  findTask,
  patchTask,
  TaskState,
  updateTaskIf,
  withTransaction,
  type TaskChanges,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ConflictError, ErrorCode, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import { hasRole, Role, requireRole, type Actor } from '../../core/access/index.ts';

/** Longest note kept with a disposition. */
export const MAX_DISPOSITION_NOTE = 2000;

/** Who may code a task: whoever holds it, or held it when it ended (a call ends before its wrap-up). */
export const holderOf = (task: TaskRecord): string | null => task.assigneeId ?? task.completedBy;

function assertMayCode(task: TaskRecord, actor: Actor): void {
  if (task.state === TaskState.QUEUED || task.state === TaskState.RESERVED)
    throw new TaskStateError(ErrorCode.TASK_NOT_ACTIVE, task.id, `task ${task.id} is not being worked on yet`);
  if (holderOf(task) !== actor.userId && !hasRole(actor, Role.SUPERVISOR))
    throw new TaskStateError(ErrorCode.TASK_NOT_ASSIGNEE, task.id, `task ${task.id} is not yours to code`, {
      assignee: holderOf(task),
    });
}

/**
 * Codes how a contact ended (`setDisposition`), for any kind of task: a call or callback in its wrap-up
 * (after the call ended), a chat or a mail before it is closed, any task of a queue with codes. The code
 * must be one of the task's queue's `dispositionCodes`; a later call replaces it (the history keeps each).
 */
export async function setDisposition(
  ctx: EngineContext,
  actor: Actor,
  input: { taskId: string; code: string; note?: string | null },
): Promise<TaskRecord> {
  requireRole(actor, Role.AGENT, Role.EXPERT, Role.SUPERVISOR);
  const task = await findTask(ctx.db, input.taskId);
  if (!task) throw new NotFoundError('Task', input.taskId);
  assertMayCode(task, actor);
  const codes = task.queue ? ((await findQueue(ctx.db, task.queue))?.dispositionCodes ?? []) : [];
  if (codes.length === 0)
    throw new BadInputError(`queue ${task.queue ?? '(none)'} has no disposition codes`, { field: 'code' });
  const code = String(input.code ?? '').trim();
  if (!codes.includes(code))
    throw new BadInputError(`${code} is not a disposition code of queue ${task.queue}: ${codes.join(', ')}`, {
      field: 'code',
      codes,
    });
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_DISPOSITION_NOTE)
    throw new BadInputError(`note must be at most ${MAX_DISPOSITION_NOTE} characters`, { field: 'note' });
  const now = ctx.clock.now();
  const changes: TaskChanges = {
    dispositionCode: code,
    dispositionNote: note,
    dispositionBy: actor.userId,
    dispositionAt: now,
  };
  const done = await withTransaction(ctx.db, async (trx) => {
    if (!(await updateTaskIf(trx, task.id, { fromStates: [task.state], expectedVersion: task.version }, changes)))
      return null;
    await appendHistory(trx, [
      {
        instanceId: task.instanceId,
        taskId: task.id,
        type: 'task.disposition-set',
        elementId: task.elementId,
        actorId: actor.userId,
        onBehalfOf: actor.onBehalfOf,
        at: now,
        data: { code, note, before: task.dispositionCode },
      },
    ]);
    return { ...patchTask(task, changes), version: task.version + 1 };
  });
  if (!done) throw new ConflictError(`task ${task.id} changed meanwhile; try again`, { taskId: task.id });
  ctx.events.publish({ type: 'task.changed', task: done });
  return done;
}
