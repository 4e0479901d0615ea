import type { Knex } from 'knex';

/**
 * What a task's state change writes, made smaller (docs/benchmarks.md, "The change feed's write cost"):
 * every committed page is written to the WAL, and an offer's commit had grown from 11 to 15 pages.
 * - `change_feed.at` loses its index: only pruning reads it, and pruning now finds its cut in id order
 *   (models/feed-repo.ts), so each feed row no longer dirties an index page as well.
 * - `tasks_site_state_idx` holds only tasks that have a site: an index on (site, state) moved an entry
 *   on every state change of every task, sited or not, while only queries naming sites read it.
 * - The (assignee, state) index also holds the channel, so an agent's load (by channel) is read from the
 *   index alone; the channel never changes, so writes move no more than before.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX change_feed_at_index');
  await knex.raw('DROP INDEX tasks_site_state_idx');
  await knex.raw('CREATE INDEX tasks_site_state_idx ON tasks (site_id, state) WHERE site_id IS NOT NULL');
  await knex.raw('DROP INDEX tasks_assignee_id_state_index');
  await knex.raw('CREATE INDEX tasks_assignee_state_channel_idx ON tasks (assignee_id, state, channel)');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX tasks_assignee_state_channel_idx');
  await knex.raw('CREATE INDEX tasks_assignee_id_state_index ON tasks (assignee_id, state)');
  await knex.raw('DROP INDEX tasks_site_state_idx');
  await knex.raw('CREATE INDEX tasks_site_state_idx ON tasks (site_id, state)');
  await knex.raw('CREATE INDEX change_feed_at_index ON change_feed (at)');
}
