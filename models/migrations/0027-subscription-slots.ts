import type { Knex } from 'knex';

/**
 * Open subscriptions per user across the cluster (CROSSDESK_MAX_SUBSCRIPTIONS on PostgreSQL): one row per
 * open stream, naming the node that serves it, so that the slots of a node that died stop counting once
 * its heartbeat is stale (docs/cluster.md).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('subscription_slots', (t) => {
    t.string('id', 40).primary();
    t.string('node_id', 64).notNullable();
    t.string('user_key', 300).notNullable();
    t.bigInteger('opened_at').notNullable();
    t.index(['user_key']);
    t.index(['node_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('subscription_slots');
}
