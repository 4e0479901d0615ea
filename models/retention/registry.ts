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

/**
 * Checks one entry: table and column names reach SQL as identifiers; `audit_entries` is refused (this job
 * never prunes the audit log). Answers the entry, so a list reads as the entries it holds.
 */
export function retentionEntry(entry: RetentionEntry): RetentionEntry {
  for (const name of [entry.table, entry.timeColumn, ...(entry.key ? [entry.key] : [])])
    if (!NAME.test(name)) throw new Error(`retention: "${name}" is not a plain table or column name`);
  if (entry.table === 'audit_entries') throw new Error('retention: audit entries are never pruned by age');
  return entry;
}

/**
 * The tables the retention job prunes by age besides instances and tasks (which go with their
 * dependents): a static list, one place to read what is kept how long (docs/retention.md).
 */
export const RETENTION_TABLES: readonly RetentionEntry[] = (
  [
    { table: 'cti_events', timeColumn: 'received_at', tier: 'facts', key: 'event_id' },
    { table: 'queue_samples', timeColumn: 'at', tier: 'facts' },
    {
      table: 'chat_messages',
      timeColumn: 'at',
      tier: 'facts',
      only: (q, db) => q.whereIn('conversation_id', db('chat_conversations').select('id').whereNotNull('ended_at')),
    },
    { table: 'chat_conversations', timeColumn: 'ended_at', tier: 'facts', key: 'id' },
    // Finished jobs of no instance (webhook deliveries); an instance's jobs go with the instance.
    {
      table: 'jobs',
      timeColumn: 'created_at',
      tier: 'facts',
      key: 'id',
      only: (q) => q.whereNull('instance_id').where('state', 'DONE'),
    },
    // Reporting facts (docs/reports.md): a task's fact once it ended, presence intervals, process facts.
    {
      table: 'task_facts',
      timeColumn: 'arrived_at',
      tier: 'facts',
      key: 'task_id',
      only: (q) => q.whereNotNull('ended_at'),
    },
    { table: 'presence_facts', timeColumn: 'started_at', tier: 'facts', key: 'id' },
    {
      table: 'process_instance_facts',
      timeColumn: 'ended_at',
      tier: 'facts',
      key: 'instance_id',
      only: (q) => q.whereNotNull('ended_at'),
    },
    { table: 'process_element_facts', timeColumn: 'instance_ended_at', tier: 'facts' },
    // Rollups outlive the facts they add up (CROSSDESK_ROLLUP_RETENTION_DAYS).
    { table: 'queue_rollups', timeColumn: 'bucket', tier: 'rollups' },
    // Whole days: a day row goes once its day starts before the cut-off (its last buckets may be newer).
    { table: 'queue_day_rollups', timeColumn: 'day', tier: 'rollups' },
    { table: 'agent_rollups', timeColumn: 'bucket', tier: 'rollups' },
    { table: 'presence_rollups', timeColumn: 'bucket', tier: 'rollups' },
    { table: 'disposition_rollups', timeColumn: 'bucket', tier: 'rollups' },
    { table: 'process_time_rollups', timeColumn: 'day', tier: 'rollups' },
  ] satisfies RetentionEntry[]
).map(retentionEntry);
