import type { Db, FeedRecord, QueueDayWriter, TaskFact } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

/**
 * What one batch of feed records shares while its facts are written: the transaction, and the task facts
 * read for the batch (appliers keep them current: a later record of the batch sees what an earlier one
 * changed). `taskFact` reads a fact the batch did not load.
 */
export interface ApplyScope {
  readonly trx: Db;
  readonly ctx: EngineContext;
  readonly facts: Map<string, TaskFact>;
  /** The packed day rows of queue figures this batch changes (written when the batch ends). */
  readonly queueDays: QueueDayWriter;
  taskFact(id: string): Promise<TaskFact | undefined>;
  /** The live threshold and abandon grace of a queue, ms (read once per batch). */
  thresholds(queue: string): Promise<{ thresholdMs: number; graceMs: number }>;
}

/**
 * Turns the feed records of one entity (`task`, `reservation`, `agent`; another module adds its own,
 * e.g. `instance`) into facts and rollups. Called inside the transaction that also moves the consumer's
 * applied position, once per record, in commit order; it must write through `scope.trx` only.
 */
export interface FactApplier {
  readonly entity: string;
  apply(record: FeedRecord, scope: ApplyScope): Promise<void>;
}

/** A timestamp of a payload (epoch ms), null when absent. */
export const timeOf = (row: Record<string, unknown>, column: string): number | null => {
  const v = row[column];
  return v === null || v === undefined ? null : Number(v);
};

/**
 * The latest engine time a task row names: the rows carry the engine clock's times, while the feed's
 * own `at` is the database's clock. Changes that record no time of their own (a transfer, an
 * escalation) are placed here.
 */
export function latestTimeOf(row: Record<string, unknown>): number {
  const times = [
    'created_at',
    'enqueued_at',
    'claimed_at',
    'answered_at',
    'work_started_at',
    'paused_at',
    'held_at',
    'completed_at',
    'cti_at',
    'disposition_at',
  ].map((c) => timeOf(row, c) ?? 0);
  return Math.max(...times);
}
