import type { Knex } from 'knex';
import {
  findTasksOfInstance,
  OPEN_TASK_STATES,
  updateTaskIf,
  type HistoryRecord,
  type JobRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { MAX_PRIORITY } from '../definitions/index.ts';
import { LostRace } from '../runtime/index.ts';
import { SYSTEM_ACTOR } from '../../core/access/index.ts';

/** What a fired boundary timer asks for with `crossdesk:raisePriority`: how much, on which task element. */
export interface PriorityRaise {
  amount: number;
  taskElementId: string;
}

/**
 * The raise of the element whose timer fired, if it has one (deployment checked its value and place),
 * read from the definition's source: the firing may run its engine elsewhere.
 */
export async function priorityRaiseOf(
  ctx: EngineContext,
  definitionId: string,
  elementId: string,
): Promise<PriorityRaise | null> {
  const source = (await ctx.sources.get(ctx.db, definitionId)) as { getActivityById?(id: string): any };
  const behaviour = source.getActivityById?.(elementId)?.behaviour;
  const amount = Number(behaviour?.raisePriority);
  const taskElementId = behaviour?.attachedTo?.id;
  return Number.isInteger(amount) && amount > 0 && typeof taskElementId === 'string' ? { amount, taskElementId } : null;
}

/**
 * Raises the priority of the still-open tasks of the element a boundary timer sits on (all iterations
 * of a multi-instance task), capped at MAX_PRIORITY, in the firing command's transaction. Each update
 * is guarded by the task's version: a task claimed or completed meanwhile makes the command start over.
 */
export async function raiseTaskPriority(
  ctx: EngineContext,
  trx: Knex.Transaction,
  job: JobRecord,
  raise: PriorityRaise,
): Promise<{ tasks: TaskRecord[]; history: HistoryRecord[] }> {
  const now = ctx.clock.now();
  const open = (await findTasksOfInstance(trx, job.instanceId as string, true)).filter(
    (t) => t.elementId === raise.taskElementId,
  );
  const tasks: TaskRecord[] = [];
  const history: HistoryRecord[] = [];
  for (const task of open) {
    const priority = Math.min(MAX_PRIORITY, task.priority + raise.amount);
    if (priority === task.priority) continue;
    if (
      !(await updateTaskIf(trx, task.id, { fromStates: OPEN_TASK_STATES, expectedVersion: task.version }, { priority }))
    )
      throw new LostRace();
    tasks.push({ ...task, priority, version: task.version + 1 });
    history.push({
      instanceId: task.instanceId,
      taskId: task.id,
      type: 'task.priorityRaised',
      elementId: task.elementId,
      actorId: SYSTEM_ACTOR.userId,
      onBehalfOf: null,
      at: now,
      data: { before: { priority: task.priority }, after: { priority }, boundaryEventId: job.elementId, jobId: job.id },
    });
  }
  return { tasks, history };
}
