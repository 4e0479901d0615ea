import type { Knex } from 'knex';
import type { TaskRecord } from '../../../models/index.ts';
import type { EngineEvent } from '../../core/events/index.ts';

/**
 * Called by whoever cancels tasks (a process ending them: boundary events, terminate, instance
 * cancellation) inside the transaction that cancels them, before the tasks' rows change. It may write
 * in the same transaction and returns the events to publish once that transaction has committed.
 */
export type TaskCancelHook = (
  trx: Knex.Transaction,
  tasks: readonly TaskRecord[],
  at: number,
) => Promise<EngineEvent[]>;

/**
 * The process side's extension point for task cancellation. Other parts of the engine (routing, whose
 * offers must end with their task) register here through the context, so the process side never
 * imports them.
 */
export interface TaskHooks {
  /** Registers a hook; returns a function that removes it. */
  onCancel(hook: TaskCancelHook): () => void;
  /** Runs every hook, in registration order, in the cancelling transaction; their events, to publish after commit. */
  cancelling(trx: Knex.Transaction, tasks: readonly TaskRecord[], at: number): Promise<EngineEvent[]>;
}

/** Makes an empty hook registry (one per engine context). */
export function makeTaskHooks(): TaskHooks {
  const hooks: TaskCancelHook[] = [];
  return {
    onCancel(hook) {
      hooks.push(hook);
      return () => {
        const at = hooks.indexOf(hook);
        if (at >= 0) hooks.splice(at, 1);
      };
    },
    async cancelling(trx, tasks, at) {
      if (tasks.length === 0) return [];
      const events: EngineEvent[] = [];
      for (const hook of hooks) events.push(...(await hook(trx, tasks, at)));
      return events;
    },
  };
}
