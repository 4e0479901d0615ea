import {
  Channel,
  findAgent,
  findTask,
  listHistory,
  listTasks,
  type HistoryRecord,
  type TaskFilter,
  type TaskRecord,
  type TaskSort,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** One task, or undefined. */
export function getTask(ctx: EngineContext, id: string): Promise<TaskRecord | undefined> {
  return findTask(ctx.db, id);
}

/**
 * A page of tasks. `eligibleFor` means takeable by that viewer now, so it is completed here with the
 * time and the channels the viewer's agent record has capacity for (all channels for other users).
 */
export async function queryTasks(
  ctx: EngineContext,
  filter: TaskFilter,
  sort: TaskSort,
  offset: number,
  limit: number,
) {
  if (!filter.eligibleFor) return listTasks(ctx.db, filter, sort, offset, limit);
  const agent = await findAgent(ctx.db, filter.eligibleFor.userId);
  const channels = agent
    ? Object.values(Channel).filter((c) => agent.capacity[c] > 0 && agent.capacity.total > 0)
    : undefined;
  const eligibleFor = {
    ...filter.eligibleFor,
    at: ctx.clock.now(),
    channels,
    siteId: agent ? agent.siteId : undefined,
  };
  return listTasks(ctx.db, { ...filter, eligibleFor }, sort, offset, limit);
}

/** The history of one task, oldest first. */
export function taskHistory(ctx: EngineContext, taskId: string): Promise<HistoryRecord[]> {
  return listHistory(ctx.db, { taskId });
}
