import {
  addTaskCandidateGroup,
  appendHistory,
  effectiveSkillsOf,
  findQueue,
  findTask,
  replaceTaskSkills,
  TaskState,
  updateTaskIf,
  withTransaction,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { applyEscalationStep, nextEscalationAt } from './escalation.ts';

/**
 * Applies the waiting task's next escalation step if it is due: lower skill levels, one more candidate
 * group, higher priority or another queue, written to the task (the database stays the truth). A task
 * moved to another queue starts that queue's steps, counted from its original age. Returns the changed
 * task, or null when nothing was due or the task moved on.
 */
export async function escalateIfDue(ctx: EngineContext, taskId: string): Promise<TaskRecord | null> {
  const now = ctx.clock.now();
  const task = await findTask(ctx.db, taskId);
  if (!task || task.state !== TaskState.QUEUED) return null;
  const queue = task.queue ? await findQueue(ctx.db, task.queue) : undefined;
  const due = nextEscalationAt(task, queue);
  if (due === null || due > now || !queue) return null;
  const step = queue.escalation[task.escalationLevel];
  const skills = (await effectiveSkillsOf(ctx.db, [task.id])).get(task.id) ?? [];
  const next = applyEscalationStep(
    {
      skills,
      candidateGroups: task.candidateGroups,
      priority: task.priority,
      queue: task.queue,
      siteScope: task.siteScope,
    },
    step,
  );
  const moved = next.queue !== task.queue;
  const changes = {
    priority: next.priority,
    queue: next.queue,
    escalationLevel: moved ? 0 : task.escalationLevel + 1,
    siteScope: next.siteScope,
  };
  const done = await withTransaction(ctx.db, async (trx) => {
    if (ctx.fence) await ctx.fence(trx);
    if (!(await updateTaskIf(trx, task.id, { fromStates: [TaskState.QUEUED], expectedVersion: task.version }, changes)))
      return null;
    if (next.skills !== skills) await replaceTaskSkills(trx, task.id, next.skills);
    if (next.candidateGroups !== task.candidateGroups)
      await addTaskCandidateGroup(trx, task.id, step.addGroup as string, next.candidateGroups);
    await appendHistory(trx, [
      {
        instanceId: task.instanceId,
        taskId: task.id,
        type: 'task.escalated',
        elementId: task.elementId,
        actorId: null,
        onBehalfOf: null,
        at: now,
        data: {
          step: task.escalationLevel,
          queue: task.queue,
          applied: step,
          before: { skills, priority: task.priority, queue: task.queue, siteScope: task.siteScope },
          after: { skills: next.skills, priority: next.priority, queue: next.queue, siteScope: next.siteScope },
        },
      },
    ]);
    return { ...task, ...changes, candidateGroups: next.candidateGroups, version: task.version + 1 };
  });
  if (done) ctx.events.publish({ type: 'task.escalated', task: done });
  return done;
}
