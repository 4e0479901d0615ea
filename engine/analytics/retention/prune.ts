import {
  addCounts,
  deleteInstancesWithDependents,
  deleteTasksWithDependents,
  findPrunableInstanceIds,
  findPrunableLoneTaskIds,
  pruneEntryBatch,
  RETENTION_TABLES,
  withTransaction,
  type Db,
  type RetentionEntry,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';

const DAY_MS = 86_400_000;

/** How long things are kept (CROSSDESK_RETENTION_DAYS, CROSSDESK_ROLLUP_RETENTION_DAYS, CROSSDESK_RETENTION_BATCH). */
export interface RetentionSettings {
  /** Operational history and facts, days; 0 keeps them for ever. */
  days: number;
  /** Rollups (interval aggregates), days; 0 keeps them for ever. */
  rollupDays: number;
  /** Rows (instances, tasks, table rows) one transaction deletes. */
  batchSize: number;
  /** Batches one pass runs at most per kind of row; the rest waits for the next pass (default 200). */
  maxBatches?: number;
  /** The tables pruned by age besides instances and tasks (default: RETENTION_TABLES). */
  tables?: readonly RetentionEntry[];
}

export const DEFAULT_RETENTION: RetentionSettings = { days: 400, rollupDays: 1100, batchSize: 500 };

/** What one pass deleted: rows per table (tables with none left out). */
export type PruneCounts = Record<string, number>;

/** Runs `batch` in its own transaction until it deletes fewer than a full batch, or `maxBatches` ran. */
async function inBatches(
  db: Db,
  maxBatches: number,
  batch: (trx: Db) => Promise<{ counts: PruneCounts; full: boolean }>,
): Promise<PruneCounts> {
  const total: PruneCounts = {};
  for (let i = 0; i < maxBatches; i++) {
    const { counts, full } = await withTransaction(db, (trx) => batch(trx));
    addCounts(total, counts);
    if (!full) break;
  }
  return total;
}

/**
 * One pass of the retention job (docs/retention.md): ended process instances with everything that hangs
 * on them, closed tasks without a process, then every registered table, each older than its tier's
 * cut-off, in bounded batches of one transaction each. Running instances and open tasks are never
 * touched, nor audit entries (not in the registry, refused by it). Returns rows deleted per table.
 */
export async function pruneOnce(ctx: EngineContext, settings: RetentionSettings): Promise<PruneCounts> {
  const now = ctx.clock.now();
  const limit = settings.batchSize;
  const maxBatches = settings.maxBatches ?? 200;
  const counts: PruneCounts = {};
  const cutoff = { facts: settings.days > 0 ? now - settings.days * DAY_MS : null, rollups: null as number | null };
  cutoff.rollups = settings.rollupDays > 0 ? now - settings.rollupDays * DAY_MS : null;
  const factsBefore = cutoff.facts;
  if (factsBefore !== null) {
    addCounts(
      counts,
      await inBatches(ctx.db, maxBatches, async (trx) => {
        const ids = await findPrunableInstanceIds(trx, factsBefore, limit);
        return { counts: await deleteInstancesWithDependents(trx, ids), full: ids.length === limit };
      }),
    );
    addCounts(
      counts,
      await inBatches(ctx.db, maxBatches, async (trx) => {
        const ids = await findPrunableLoneTaskIds(trx, factsBefore, limit);
        return { counts: await deleteTasksWithDependents(trx, ids), full: ids.length === limit };
      }),
    );
  }
  for (const entry of settings.tables ?? RETENTION_TABLES) {
    const before = cutoff[entry.tier];
    if (before === null) continue;
    addCounts(
      counts,
      await inBatches(ctx.db, maxBatches, async (trx) => {
        const n = await pruneEntryBatch(trx, entry, before, limit);
        return { counts: { [entry.table]: n }, full: n >= limit };
      }),
    );
  }
  return counts;
}
