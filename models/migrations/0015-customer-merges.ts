import type { Knex } from 'knex';

/**
 * Merging two customer records: the merged one keeps its identifiers (so a later mail from its address
 * still finds the person) and points at the record it joined (`merged_into`); `customer_merges` is the
 * audit trail of who merged what, with the merged record as it stood.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.string('merged_into', 100);
  });
  await knex.schema.createTable('customer_merges', (t) => {
    t.bigIncrements('id').primary();
    t.string('source_id', 100).notNullable();
    t.string('target_id', 100).notNullable();
    t.string('actor_id', 100).notNullable();
    t.text('source_snapshot').notNullable();
    t.integer('interactions_moved').notNullable();
    t.bigInteger('at').notNullable();
    t.index(['target_id', 'at']);
    t.index(['source_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('customer_merges');
  await knex.schema.alterTable('customers', (t) => {
    t.dropColumn('merged_into');
  });
}
