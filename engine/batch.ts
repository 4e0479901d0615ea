import {
  findDefinitions,
  findInstances,
  findTasks,
  pingDb,
  type DefinitionRecord,
  type InstanceRecord,
  type TaskRecord,
} from '../models/index.ts';
import type { EngineContext } from './core/context/index.ts';

/** Definitions by ids, in no particular order (for batched loading). */
export function getDefinitions(ctx: EngineContext, ids: readonly string[]): Promise<DefinitionRecord[]> {
  return findDefinitions(ctx.db, ids);
}

/** Instances by ids, in no particular order (for batched loading). */
export function getInstances(ctx: EngineContext, ids: readonly string[]): Promise<InstanceRecord[]> {
  return findInstances(ctx.db, ids);
}

/** Tasks by ids, in no particular order (for batched loading). */
export function getTasks(ctx: EngineContext, ids: readonly string[]): Promise<TaskRecord[]> {
  return findTasks(ctx.db, ids);
}

/** Checks the database answers (health checks). */
export async function pingDatabase(ctx: EngineContext): Promise<void> {
  await pingDb(ctx.db);
}
