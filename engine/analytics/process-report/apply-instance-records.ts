import type { Knex } from 'knex';
import {
  instanceEndRecorded,
  readInstanceTrail,
  recordInstanceEnd,
  recordInstanceStart,
  withTransaction,
  type FeedRecord,
} from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { endFacts, startFact, type InstanceRow } from './instance-facts.ts';

const ENDED = new Set(['COMPLETED', 'CANCELLED']);
const DAY = 86_400_000;

/**
 * Writes the process facts of a batch of change feed records (those of other entities are skipped):
 * an instance's insert records its start, its move to an end state its end, element visits and day
 * histograms, read from its history and tasks. Idempotent: a start recorded stays, an end recorded
 * is not added again, so a batch heard twice (the feed delivers at least once) changes nothing.
 * Inside `trx` when given (a dispatching consumer's transaction), else one transaction per instance.
 */
export async function applyInstanceRecords(
  ctx: EngineContext,
  trx: Knex.Transaction | null | undefined,
  records: readonly FeedRecord[],
): Promise<void> {
  for (const record of records) {
    if (record.entity !== 'instance') continue;
    const row = record.row as unknown as InstanceRow;
    if (trx) await applyOne(trx, record, row);
    else await withTransaction(ctx.db, (t) => applyOne(t, record, row));
  }
}

async function applyOne(trx: Knex.Transaction, record: FeedRecord, row: InstanceRow): Promise<void> {
  const ended = ENDED.has(row.state);
  if (record.op === 'I' && !ended) {
    const trail = await readInstanceTrail(trx, row.id, row.definition_id, { startOnly: true });
    const fact = startFact(row, trail.definitionVersion);
    await recordInstanceStart(trx, fact, Math.floor(fact.startedAt / DAY) * DAY);
    return;
  }
  if (!ended || (await instanceEndRecorded(trx, row.id))) return;
  const { fact, elements, cells } = endFacts(row, await readInstanceTrail(trx, row.id, row.definition_id));
  await recordInstanceEnd(trx, fact, elements, cells);
}
