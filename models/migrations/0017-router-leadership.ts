import type { Knex } from 'knex';

/**
 * Leases (`leases`): one row per single-holder duty of a cluster, today only `router`. The holder
 * renews `expires_at`; every takeover increases `term`, and the router's writes check the term in their
 * own transaction, so a node that lost the lease without noticing cannot write (see
 * engine/core/leadership). The row exists from the start, so takeovers are plain conditional updates.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('leases', (t) => {
    t.string('name', 50).primary();
    t.bigInteger('term').notNullable().defaultTo(0);
    t.string('holder', 100);
    t.bigInteger('expires_at').notNullable().defaultTo(0);
    t.bigInteger('updated_at').notNullable().defaultTo(0);
  });
  await knex('leases').insert({ name: 'router', term: 0, holder: null, expires_at: 0, updated_at: 0 });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('leases');
}
