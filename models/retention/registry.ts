import type { Knex } from 'knex';
import type { Db } from '../db.ts';

/**
 * Which retention a table follows: `facts` (operational history and reporting facts,
 * CROSSDESK_RETENTION_DAYS) or `rollups` (interval aggregates, CROSSDESK_ROLLUP_RETENTION_DAYS, longer).
 */
export type RetentionTier = 'facts' | 'rollups';

/** One table the retention job prunes by age (docs/retention.md, "Adding a table"). */
export interface RetentionEntry {
  readonly table: string;
  /** An epoch-milliseconds column (BIGINT, as every time in the schema): rows older than the cut-off go. */
  readonly timeColumn: string;
  readonly tier: RetentionTier;
  /**
   * A one-column unique key: each batch deletes the `batch` oldest rows by it. Without one, a batch is
   * every row up to the time of the `batch`-th oldest (rows sharing that instant go together).
   */
  readonly key?: string;
  /** Narrows which old rows may go (e.g. only finished jobs); `q` selects from `table`. */
  readonly only?: (q: Knex.QueryBuilder, db: Db) => void;
}

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

// The registry: the operational tables below, and whatever reporting tables register themselves
// (registerRetention) when their module loads. Audit entries are never listed: this job never prunes them.
const entries = new Map<string, RetentionEntry>();

/**
 * Adds a table to the retention job, or replaces the entry of the same table. Table and column names
 * are checked (they reach SQL as identifiers); `audit_entries` is refused.
 */
export function registerRetention(entry: RetentionEntry): void {
  for (const name of [entry.table, entry.timeColumn, ...(entry.key ? [entry.key] : [])])
    if (!NAME.test(name)) throw new Error(`retention: "${name}" is not a plain table or column name`);
  if (entry.table === 'audit_entries') throw new Error('retention: audit entries are never pruned by age');
  entries.set(entry.table, entry);
}

/** Removes a table from the registry (tests; a reporting table that is dropped). */
export function unregisterRetention(table: string): void {
  entries.delete(table);
}

/** The registered tables, in registration order. */
export function retentionEntries(): readonly RetentionEntry[] {
  return [...entries.values()];
}

registerRetention({ table: 'cti_events', timeColumn: 'received_at', tier: 'facts', key: 'event_id' });
registerRetention({ table: 'queue_samples', timeColumn: 'at', tier: 'facts' });
registerRetention({
  table: 'chat_messages',
  timeColumn: 'at',
  tier: 'facts',
  only: (q, db) => q.whereIn('conversation_id', db('chat_conversations').select('id').whereNotNull('ended_at')),
});
registerRetention({ table: 'chat_conversations', timeColumn: 'ended_at', tier: 'facts', key: 'id' });
// Finished jobs of no instance (webhook deliveries); an instance's jobs go with the instance.
registerRetention({
  table: 'jobs',
  timeColumn: 'created_at',
  tier: 'facts',
  key: 'id',
  only: (q) => q.whereNull('instance_id').where('state', 'DONE'),
});
