import {
  appendHistory,
  bestEligibleTasks,
  Channel,
  effectiveSkillsOf,
  findAgent,
  TaskState,
  updateTaskIf,
  withTransaction,
  type AgentRecord,
  type TaskRecord,
  patchTask,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ErrorCode, TaskStateError } from '../../core/errors/index.ts';
import { Role, hasRole, requireRole, type Actor } from '../../core/access/index.ts';
import { TaskRaceLost, withAgentGuard } from './agent-guard.ts';
import { capacityExclusion } from './capacity.ts';
import { Exclusion, qualification } from './eligibility.ts';
import type { RoutingDecision } from './matching.ts';
import { PriorityWeights } from './priority.ts';

/** Channels people pull from; calls are only pushed. */
const PULLABLE: readonly Channel[] = [Channel.BACKOFFICE, Channel.EMAIL, Channel.CHAT];

/**
 * Refuses a claim by someone without the task's skills (at their effective levels). Supervisors are
 * exempt: they assign. Users who are not agents have no skills.
 */
export async function assertQualified(ctx: EngineContext, task: TaskRecord, actor: Actor): Promise<void> {
  if (hasRole(actor, Role.SUPERVISOR)) return;
  const skills = (await effectiveSkillsOf(ctx.db, [task.id])).get(task.id) ?? [];
  if (skills.length === 0 && task.siteScope === null) return;
  const agent = await findAgent(ctx.db, actor.userId);
  const why = qualification(
    { id: actor.userId, groups: [...actor.groups], skills: agent?.skills ?? [], siteId: agent?.siteId ?? null },
    { channel: task.channel, skills, candidateGroups: [], candidateUsers: [], sites: agent ? task.siteScope : null },
  );
  if (why)
    throw new TaskStateError(
      ErrorCode.TASK_NOT_CLAIMABLE,
      task.id,
      why.reason === Exclusion.OTHER_SITE
        ? `task ${task.id} is open to agents of ${task.siteScope?.join(', ')}, not ${why.detail}`
        : `${actor.userId} lacks a skill task ${task.id} needs (${why.detail})`,
      { reason: why.reason, skill: why.detail },
    );
}

/**
 * Gives a queued task to the actor in one guarded transaction: for an agent, its capacity is checked
 * under the agent guard (never over capacity, never two holders); for a user who is not an agent, the
 * conditional task update alone decides. Returns null when the task was taken meanwhile.
 */
export async function takeTask(
  ctx: EngineContext,
  actor: Actor,
  task: TaskRecord,
  decision: RoutingDecision,
  historyType = 'task.claimed',
): Promise<TaskRecord | null> {
  const now = ctx.clock.now();
  // What the task's kind adds to its taking (a callback counts a dial attempt and queues the dial).
  const taking = ctx.taskHooks.taking(task, actor.userId, now);
  const changes = {
    state: TaskState.ASSIGNED,
    assigneeId: actor.userId,
    claimedAt: now,
    workStartedAt: now,
    routingDecision: decision as unknown as Record<string, unknown>,
    ...taking.changes,
  };
  const taken: TaskRecord = { ...patchTask(task, changes), version: task.version + 1 };
  const write = async (trx: Parameters<Parameters<typeof withTransaction>[1]>[0]) => {
    if (!(await updateTaskIf(trx, task.id, { fromStates: [TaskState.QUEUED], expectedVersion: task.version }, changes)))
      throw new TaskRaceLost();
    await taking.write(trx);
    await appendHistory(trx, [
      {
        instanceId: task.instanceId,
        taskId: task.id,
        type: historyType,
        elementId: task.elementId,
        actorId: actor.userId,
        onBehalfOf: actor.onBehalfOf,
        at: now,
        data: {
          before: { state: task.state, assignee: task.assigneeId },
          after: { state: TaskState.ASSIGNED, assignee: actor.userId },
          decision: decision as unknown as Record<string, unknown>,
        },
      },
    ]);
  };
  try {
    const agent = await findAgent(ctx.db, actor.userId);
    if (!agent) await withTransaction(ctx.db, write);
    else {
      const ok = await withAgentGuard(ctx, actor.userId, async (trx, current, load) => {
        const full = capacityExclusion(current, load, task.channel, false);
        if (full)
          throw new TaskStateError(
            ErrorCode.TASK_NOT_CLAIMABLE,
            task.id,
            `${actor.userId} has no free ${task.channel} capacity`,
            { reason: full },
          );
        await write(trx);
        return { result: true, changes: { idleSince: null } };
      });
      if (!ok) return null;
    }
  } catch (err) {
    if (err instanceof TaskRaceLost) return null;
    throw err;
  }
  ctx.events.publish({ type: 'task.claimed', task: taken });
  return taken;
}

/** Pull: the best queued task the actor may take now (skills, candidacy, capacity), claimed atomically; null when none. */
export async function nextTask(ctx: EngineContext, actor: Actor): Promise<TaskRecord | null> {
  requireRole(actor, Role.EXPERT, Role.AGENT, Role.SUPERVISOR);
  const agent: AgentRecord | undefined = await findAgent(ctx.db, actor.userId);
  for (let round = 0; round < 5; round += 1) {
    const now = ctx.clock.now();
    const best = await bestEligibleTasks(
      ctx.db,
      { userId: actor.userId, groups: actor.groups, siteId: agent ? agent.siteId : undefined },
      PULLABLE,
      PriorityWeights,
      now,
      10,
    );
    if (best.length === 0) return null;
    for (const task of best) {
      const decision: RoutingDecision = {
        rule: 'pull',
        chosen: actor.userId,
        at: now,
        considered: [{ agentId: actor.userId, idleSince: agent?.idleSince ?? null }],
        excludedCounts: {},
      };
      const taken = await takeTask(ctx, actor, task, decision, 'task.claimed');
      if (taken) return taken;
    }
  }
  return null;
}
