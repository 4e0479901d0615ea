import {
  findTask,
  listHistory,
  listTasks,
  type HistoryRecord,
  type TaskFilter,
  type TaskRecord,
  type TaskSort,
} from '../../models/index.ts';
import type { EngineContext } from '../context.ts';

/** One task, or undefined. */
export function getTask(ctx: EngineContext, id: string): Promise<TaskRecord | undefined> {
  return findTask(ctx.db, id);
}

/** A page of tasks. */
export function queryTasks(ctx: EngineContext, filter: TaskFilter, sort: TaskSort, offset: number, limit: number) {
  return listTasks(ctx.db, filter, sort, offset, limit);
}

/** The history of one task, oldest first. */
export function taskHistory(ctx: EngineContext, taskId: string): Promise<HistoryRecord[]> {
  return listHistory(ctx.db, { taskId });
}
