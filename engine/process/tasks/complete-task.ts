import {
  appendHistory,
  findTask,
  TaskState,
  updateTaskIf,
  withTransaction,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ConflictError, CrossdeskError, ErrorCode, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import { checkVariables } from '../instances/index.ts';
import { LostRace, runInstanceCommand } from '../runtime/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';
import { assertAssignee } from './task-rules.ts';
import { requireDisposition } from '../dispositions/index.ts';

/**
 * Completes the actor's task with variables: they become process variables (so the next gateway sees
 * them), the user-task execution is signalled, and the instance runs on until it waits again. The
 * task row is guarded in the same transaction, so of two concurrent completions exactly one wins and
 * the other gets TASK_ALREADY_COMPLETED.
 */
export async function completeTask(ctx: EngineContext, actor: Actor, id: string, input: unknown): Promise<TaskRecord> {
  requireRole(actor, Role.EXPERT, Role.AGENT, Role.SUPERVISOR);
  const variables = checkVariables(input, 'variables', ctx.options);
  const first = await findTask(ctx.db, id);
  if (!first) throw new NotFoundError('Task', id);
  assertAssignee(first, actor);
  // Completing is the end of its wrap-up: a task of a queue with disposition codes needs one first.
  await requireDisposition(ctx, first);
  if (!first.instanceId) return completeLiveWork(ctx, actor, first, variables);
  try {
    return await runCompletion(ctx, actor, first, variables);
  } catch (err) {
    // A completion that lost the race may find the instance already ended by the winner: what the
    // caller needs to hear is what happened to the task.
    if (err instanceof CrossdeskError && err.code === ErrorCode.INSTANCE_NOT_ACTIVE)
      assertAssignee((await findTask(ctx.db, id)) as TaskRecord, actor);
    throw err;
  }
}

function runCompletion(
  ctx: EngineContext,
  actor: Actor,
  first: TaskRecord,
  variables: Record<string, unknown>,
): Promise<TaskRecord> {
  const id = first.id;
  // The first attempt trusts the row just read; a retry after a lost race reads it again.
  let known: TaskRecord | null = first;
  return runInstanceCommand(ctx, first.instanceId as string, actor, async (run) => {
    const task = known ?? ((await findTask(ctx.db, id)) as TaskRecord);
    known = null;
    assertAssignee(task, actor);
    const wait = run.collector.waits.get(task.executionId);
    if (!wait) throw new TaskStateError(ErrorCode.TASK_NOT_ACTIVE, id, `the process no longer waits for task ${id}`);
    const root = run.rootEnvironment();
    root?.assignVariables(variables);
    if (wait.api.environment !== root) wait.api.environment?.assignVariables(variables);
    wait.api.signal({ variables });
    const now = ctx.clock.now();
    const changes = completion(task, actor, variables, now);
    const done: TaskRecord = { ...task, ...changes, version: task.version + 1 };
    return {
      async persist(trx) {
        const won = await updateTaskIf(
          trx,
          id,
          { fromStates: [TaskState.ASSIGNED], expectedVersion: task.version },
          changes,
        );
        if (!won) throw new LostRace();
      },
      closedTasks: [task.executionId],
      history: [
        {
          instanceId: task.instanceId,
          taskId: id,
          type: 'task.completed',
          elementId: task.elementId,
          actorId: actor.userId,
          onBehalfOf: actor.onBehalfOf,
          at: now,
          data: { before: { state: task.state }, after: { state: TaskState.COMPLETED }, variables },
        },
      ],
      result: () => {
        ctx.events.publish({ type: 'task.completed', task: done });
        return done;
      },
    };
  });
}

/** The row changes of a completion: handling time stops accruing. */
function completion(task: TaskRecord, actor: Actor, output: Record<string, unknown>, now: number) {
  const handlingMs = task.handlingMs + (task.workStartedAt === null ? 0 : Math.max(0, now - task.workStartedAt));
  return {
    state: TaskState.COMPLETED,
    completedAt: now,
    completedBy: actor.userId,
    output,
    handlingMs,
    workStartedAt: null,
  };
}

/** Completes live work (a call or callback): there is no process to signal. */
async function completeLiveWork(
  ctx: EngineContext,
  actor: Actor,
  task: TaskRecord,
  variables: Record<string, unknown>,
): Promise<TaskRecord> {
  const now = ctx.clock.now();
  const changes = completion(task, actor, variables, now);
  const done: TaskRecord = { ...task, ...changes, version: task.version + 1 };
  await withTransaction(ctx.db, async (trx) => {
    const won = await updateTaskIf(
      trx,
      task.id,
      { fromStates: [TaskState.ASSIGNED], expectedVersion: task.version },
      changes,
    );
    if (!won) {
      assertAssignee((await findTask(trx, task.id)) as TaskRecord, actor);
      throw new ConflictError(`task ${task.id} changed meanwhile; reload it`, { taskId: task.id });
    }
    await appendHistory(trx, [
      {
        instanceId: null,
        taskId: task.id,
        type: 'task.completed',
        elementId: null,
        actorId: actor.userId,
        onBehalfOf: actor.onBehalfOf,
        at: now,
        data: { before: { state: task.state }, after: { state: TaskState.COMPLETED }, variables },
      },
    ]);
  });
  ctx.events.publish({ type: 'task.completed', task: done });
  await ctx.taskHooks.completed(done);
  return done;
}
