import DataLoader from 'dataloader';
import { getDefinitions, getInstances, getTasks, getUsers, type DefinitionRecord, type EngineContext, type InstanceRecord, type TaskRecord, type UserRecord } from '../engine/index.ts';

function byId<T extends { id: string }>(fetch: (ids: readonly string[]) => Promise<T[]>) {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await fetch(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Per-request batching loaders, so a list of 50 tasks with assignees costs one user query, not 50. */
export function makeLoaders(engine: EngineContext) {
  return {
    users: byId<UserRecord>((ids) => getUsers(engine, ids)),
    definitions: byId<DefinitionRecord>((ids) => getDefinitions(engine, ids)),
    instances: byId<InstanceRecord>((ids) => getInstances(engine, ids)),
    tasks: byId<TaskRecord>((ids) => getTasks(engine, ids)),
  };
}

export type Loaders = ReturnType<typeof makeLoaders>;
