import type { Knex } from 'knex';
import {
  appendHistory,
  findTask,
  heldTasks,
  Presence,
  TaskState,
  updateTaskIf,
  withTransaction,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ErrorCode, NotFoundError, TaskStateError } from '../../core/errors/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { TaskRaceLost, withAgentGuard } from './agent-guard.ts';
import { onLiveWork } from './capacity.ts';

const accrued = (task: TaskRecord, now: number) =>
  task.handlingMs + (task.workStartedAt === null ? 0 : Math.max(0, now - task.workStartedAt));

async function record(
  trx: Knex.Transaction,
  task: TaskRecord,
  type: string,
  actorId: string | null,
  at: number,
  data: Record<string, unknown>,
) {
  await appendHistory(trx, [
    {
      instanceId: task.instanceId,
      taskId: task.id,
      type,
      elementId: task.elementId,
      actorId,
      onBehalfOf: null,
      at,
      data,
    },
  ]);
}

/**
 * Pauses an agent's interruptible tasks so it can take a call: the claim stays with the agent and the
 * handling-time clock stops (the SLA clock does not). Returns the paused tasks; null when the agent's
 * work changed meanwhile, or a task could not be paused.
 */
export async function pauseForLiveWork(
  ctx: EngineContext,
  agentId: string,
  callTaskId: string,
): Promise<TaskRecord[] | null> {
  const now = ctx.clock.now();
  try {
    const paused = await withAgentGuard(ctx, agentId, async (trx) => {
      const active = await heldTasks(trx, agentId, [TaskState.ASSIGNED]);
      if (active.some((t) => !t.interruptible)) return null;
      const out: TaskRecord[] = [];
      for (const task of active) {
        const changes = { state: TaskState.PAUSED, pausedAt: now, handlingMs: accrued(task, now), workStartedAt: null };
        if (
          !(await updateTaskIf(
            trx,
            task.id,
            { fromStates: [TaskState.ASSIGNED], expectedVersion: task.version },
            changes,
          ))
        )
          throw new TaskRaceLost();
        await record(trx, task, 'task.paused', null, now, { agent: agentId, forTask: callTaskId });
        out.push({ ...task, ...changes, version: task.version + 1 });
      }
      return { result: out };
    });
    for (const task of paused ?? []) ctx.events.publish({ type: 'task.paused', task });
    return paused;
  } catch (err) {
    if (err instanceof TaskRaceLost) return null;
    throw err;
  }
}

/** Gives an agent its paused tasks back (the call and its wrap-up are over): ASSIGNED again, handling time runs. */
export async function resumePausedTasks(
  ctx: EngineContext,
  agentId: string,
  actorId: string | null = null,
): Promise<TaskRecord[]> {
  const now = ctx.clock.now();
  const resumed = await withAgentGuard(ctx, agentId, async (trx, agent, load) => {
    if (onLiveWork(agent, load)) return null;
    const out: TaskRecord[] = [];
    for (const task of await heldTasks(trx, agentId, [TaskState.PAUSED])) {
      const changes = { state: TaskState.ASSIGNED, pausedAt: null, workStartedAt: now };
      if (
        !(await updateTaskIf(trx, task.id, { fromStates: [TaskState.PAUSED], expectedVersion: task.version }, changes))
      )
        continue;
      await record(trx, task, 'task.resumed', actorId, now, {
        agent: agentId,
        pausedForMs: now - (task.pausedAt ?? now),
      });
      out.push({ ...task, ...changes, version: task.version + 1 });
    }
    return out.length
      ? {
          result: out,
          changes: agent.presence === Presence.AVAILABLE ? { presence: Presence.BUSY, presenceSince: now } : {},
        }
      : null;
  });
  for (const task of resumed ?? []) ctx.events.publish({ type: 'task.resumed', task });
  return resumed ?? [];
}

/** The holder resumes one paused task by hand (not while on a call). */
export async function resumeTask(ctx: EngineContext, actor: Actor, id: string): Promise<TaskRecord> {
  const task = await findTask(ctx.db, id);
  if (!task) throw new NotFoundError('Task', id);
  if (task.assigneeId !== actor.userId)
    throw new TaskStateError(ErrorCode.TASK_NOT_ASSIGNEE, id, `task ${id} is not yours to resume`, {
      assignee: task.assigneeId,
    });
  if (task.state !== TaskState.PAUSED)
    throw new TaskStateError(ErrorCode.TASK_NOT_ACTIVE, id, `task ${id} is ${task.state}, not PAUSED`, {
      state: task.state,
    });
  const resumed = await resumePausedTasks(ctx, actor.userId, actor.userId);
  const mine = resumed.find((t) => t.id === id);
  if (!mine)
    throw new TaskStateError(
      ErrorCode.TASK_NOT_ACTIVE,
      id,
      `task ${id} cannot resume while you are on a call or wrapping one up`,
      { reason: 'ON_LIVE_WORK' },
    );
  return mine;
}

/**
 * Puts a held task back in the queue with its age (its holder logged out, or a paused task was not
 * resumed in time). Handling time stops accruing. False when the task moved on meanwhile.
 */
export async function requeueTask(ctx: EngineContext, task: TaskRecord, reason: string): Promise<TaskRecord | null> {
  const now = ctx.clock.now();
  const changes = {
    state: TaskState.QUEUED,
    assigneeId: null,
    claimedAt: null,
    pausedAt: null,
    workStartedAt: null,
    handlingMs: accrued(task, now),
  };
  const back = await withTransaction(ctx.db, async (trx) => {
    if (ctx.fence) await ctx.fence(trx);
    if (
      !(await updateTaskIf(
        trx,
        task.id,
        { fromStates: [TaskState.ASSIGNED, TaskState.PAUSED], expectedVersion: task.version },
        changes,
      ))
    )
      return null;
    await record(trx, task, 'task.requeued', null, now, {
      before: { state: task.state, assignee: task.assigneeId },
      reason,
    });
    return { ...task, ...changes, version: task.version + 1 };
  });
  if (back) ctx.events.publish({ type: 'task.requeued', task: back });
  return back;
}
