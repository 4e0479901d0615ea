import type { Knex } from 'knex';
import type { Db, TaskChanges, TaskKind, TaskRecord } from '../../../models/index.ts';
import type { EngineEvent } from '../events/index.ts';

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

/** What taking a task adds for its kind: changes to the same guarded row update, writes in its transaction. */
export interface Taking {
  readonly changes: TaskChanges;
  write(trx: Db): Promise<void>;
}

/**
 * A task kind's own behaviour, run by the generic task commands that do not know the kind (a callback
 * dials when taken, a consultation answers its parent when completed).
 */
export interface KindHooks {
  /** Someone takes the task off the queue: an offer accepted, a pull, a claim, an assignment. */
  readonly onTaken?: (task: TaskRecord, holderId: string, at: number) => Taking;
  /** The task was completed; runs after the completion has committed. */
  readonly onCompleted?: (task: TaskRecord) => Promise<void>;
}

/**
 * The lower tiers' extension points for task life-cycle changes. The upper tiers (routing, whose
 * offers must end with their task; the desk's task kinds) register here through the context, so the
 * process side never imports them. The composition root (engine/make-context.ts) registers them.
 */
export interface TaskHooks {
  /** Registers a cancel hook; returns a function that removes it. */
  onCancel(hook: TaskCancelHook): () => void;
  /** Runs every cancel hook, in registration order, in the cancelling transaction; their events, to publish after commit. */
  cancelling(trx: Knex.Transaction, tasks: readonly TaskRecord[], at: number): Promise<EngineEvent[]>;
  /** Registers the hooks of one kind (one set per kind); returns a function that removes them. */
  forKind(kind: TaskKind, hooks: KindHooks): () => void;
  /** What taking `task` adds for its kind (nothing for kinds without an `onTaken`). */
  taking(task: TaskRecord, holderId: string, at: number): Taking;
  /** Runs the completed task's kind hook, if any. */
  completed(task: TaskRecord): Promise<void>;
}

const NOTHING: Taking = { changes: {}, write: async () => {} };

/** Makes an empty hook registry (one per engine context). */
export function makeTaskHooks(): TaskHooks {
  const hooks: TaskCancelHook[] = [];
  const kinds = new Map<TaskKind, KindHooks>();
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
    forKind(kind, kindHooks) {
      if (kinds.has(kind)) throw new Error(`task kind ${kind} has its hooks already`);
      kinds.set(kind, kindHooks);
      return () => void (kinds.get(kind) === kindHooks && kinds.delete(kind));
    },
    taking(task, holderId, at) {
      return kinds.get(task.kind)?.onTaken?.(task, holderId, at) ?? NOTHING;
    },
    async completed(task) {
      await kinds.get(task.kind)?.onCompleted?.(task);
    },
  };
}
