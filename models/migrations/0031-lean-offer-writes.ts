import type { Knex } from 'knex';

/**
 * What a routing offer's commit writes, made smaller again (docs/benchmarks.md, "Fewer pages per offer"):
 * counted per commit of the router's offer update, 12.6 pages before this migration, 7.7 after.
 * - The assignee index holds only assigned tasks: every queued or reserved task has no assignee, so an
 *   offer (QUEUED -> RESERVED, still unassigned) moved an entry between two far places of one long run
 *   of NULLs. Every query of it names an assignee (`assignee_id = ?` or `IN (...)`), which both
 *   databases read as implying `IS NOT NULL`; the queries for unassigned work read the state index.
 * - The instance index holds only tasks of a process: calls, chats, callbacks and consultations have
 *   none, and their state changes moved entries in the same way. It is read only by instance.
 * - SQLite only: `change_feed` without AUTOINCREMENT, which rewrote the `sqlite_sequence` row's page in
 *   every commit. A new row's id is then one more than the largest id present, so pruning keeps the
 *   newest record (models/feed-repo.ts): the largest id never goes, and no id is handed out twice.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX tasks_assignee_state_channel_idx');
  await knex.raw(
    'CREATE INDEX tasks_assignee_state_channel_idx ON tasks (assignee_id, state, channel) WHERE assignee_id IS NOT NULL',
  );
  await knex.raw('DROP INDEX tasks_instance_id_state_index');
  await knex.raw(
    'CREATE INDEX tasks_instance_id_state_index ON tasks (instance_id, state) WHERE instance_id IS NOT NULL',
  );
  if (knex.client.config.client !== 'pg') await rebuildFeed(knex, (sql) => sql.replace(/\s+autoincrement/i, ''));
}

export async function down(knex: Knex): Promise<void> {
  if (knex.client.config.client !== 'pg')
    await rebuildFeed(knex, (sql) => sql.replace(/integer not null primary key/i, '$& autoincrement'));
  await knex.raw('DROP INDEX tasks_instance_id_state_index');
  await knex.raw('CREATE INDEX tasks_instance_id_state_index ON tasks (instance_id, state)');
  await knex.raw('DROP INDEX tasks_assignee_state_channel_idx');
  await knex.raw('CREATE INDEX tasks_assignee_state_channel_idx ON tasks (assignee_id, state, channel)');
}

/**
 * Rebuilds SQLite's `change_feed` from its own definition, changed by `change`, keeping every record
 * and its id. The feed triggers on other tables insert into `change_feed` by name; with the legacy
 * rename, renaming the copy does not make SQLite re-check (and refuse) them while the name is free.
 */
async function rebuildFeed(knex: Knex, change: (sql: string) => string): Promise<void> {
  const [{ sql }] = (await knex.raw(`SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'change_feed'`)) as {
    sql: string;
  }[];
  const changed = change(sql);
  if (changed === sql) throw new Error('change_feed: unexpected definition, not rebuilt');
  await knex.raw(changed.replace(/^CREATE TABLE\s+[`"]?change_feed[`"]?/i, 'CREATE TABLE `change_feed_rebuilt`'));
  await knex.raw('INSERT INTO change_feed_rebuilt SELECT * FROM change_feed');
  await knex.raw('DROP TABLE change_feed');
  await knex.raw('PRAGMA legacy_alter_table = ON');
  try {
    await knex.raw('ALTER TABLE change_feed_rebuilt RENAME TO change_feed');
  } finally {
    await knex.raw('PRAGMA legacy_alter_table = OFF');
  }
}
