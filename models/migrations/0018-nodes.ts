import type { Knex } from 'knex';

/**
 * The nodes of a cluster (`nodes`: one row per server process, its heartbeat, role and the leader term it
 * has seen) and the SQLite server lease (`server_lease`: one row naming the server process that holds a
 * SQLite file; PostgreSQL leaves it empty). Both tables are new: old code never reads them, so this
 * migration is a pure "expand" step (docs/cluster.md, "Starts and upgrades").
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('nodes', (t) => {
    t.string('id', 64).primary();
    t.string('host', 255).notNullable();
    t.integer('pid').notNullable();
    t.string('role', 20).notNullable();
    t.bigInteger('leader_term').notNullable().defaultTo(0);
    t.string('version', 50).notNullable();
    t.bigInteger('started_at').notNullable();
    t.bigInteger('last_seen_at').notNullable();
    t.index(['last_seen_at']);
  });
  await knex.schema.createTable('server_lease', (t) => {
    t.string('name', 50).primary();
    t.string('node_id', 64).notNullable();
    t.string('host', 255).notNullable();
    t.integer('pid').notNullable();
    t.bigInteger('heartbeat_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('server_lease');
  await knex.schema.dropTable('nodes');
}
