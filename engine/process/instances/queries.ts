import {
  findInstance,
  findTasksOfInstance,
  listHistory,
  listInstances,
  type HistoryRecord,
  type InstanceFilter,
  type InstanceRecord,
  type TaskRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/** One instance, or undefined. */
export function getInstance(ctx: EngineContext, id: string): Promise<InstanceRecord | undefined> {
  return findInstance(ctx.db, id);
}

/** A page of instances, newest first. */
export function queryInstances(ctx: EngineContext, filter: InstanceFilter, offset: number, limit: number) {
  return listInstances(ctx.db, filter, offset, limit);
}

/** All tasks an instance ever had, in creation order. */
export function instanceTasks(ctx: EngineContext, id: string): Promise<TaskRecord[]> {
  return findTasksOfInstance(ctx.db, id);
}

/** The history of an instance (including its tasks), oldest first. */
export function instanceHistory(ctx: EngineContext, id: string): Promise<HistoryRecord[]> {
  return listHistory(ctx.db, { instanceId: id });
}
