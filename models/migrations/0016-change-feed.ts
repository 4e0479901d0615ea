import type { Knex } from 'knex';
import { createFeedTriggers, dropFeedTriggers, PG_NOW } from '../feed-triggers.ts';

/**
 * The change feed (docs/cluster.md): `change_feed`, written by triggers in the transaction of every
 * change other nodes must hear, and `feed_consumers`, the checkpoint of each reader that pruning must
 * wait for. On PostgreSQL each row keeps the id of the transaction that wrote it (`xid`): readers take
 * only rows of transactions older than every running one, in (xid, id) order (models/feed-repo.ts).
 */
export async function up(knex: Knex): Promise<void> {
  const pg = knex.client.config.client === 'pg';
  await knex.schema.createTable('change_feed', (t) => {
    // AUTOINCREMENT on SQLite: an id is never handed out twice, even after pruning emptied the table,
    // so a reader's position never points below a new row.
    t.bigIncrements('id').primary();
    t.string('origin', 64);
    t.string('entity', 20).notNullable();
    t.string('entity_id', 200).notNullable();
    t.string('op', 1).notNullable();
    t.bigInteger('version');
    t.string('prev_state', 40);
    t.text('payload').notNullable();
    t.bigInteger('at')
      .notNullable()
      .defaultTo(knex.raw(pg ? PG_NOW : `(CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER))`));
  });
  if (pg) {
    await knex.raw('ALTER TABLE change_feed ADD COLUMN xid xid8 NOT NULL DEFAULT pg_current_xact_id()');
    await knex.raw('CREATE INDEX change_feed_position ON change_feed (xid, id)');
  }
  await knex.schema.alterTable('change_feed', (t) => t.index(['at']));
  await knex.schema.createTable('feed_consumers', (t) => {
    t.string('name', 200).primary();
    // A node's checkpoint lapses when the node stops reading (node ids change at restarts);
    // a durable one (a reporting job) holds pruning back until it is unregistered.
    t.boolean('durable').notNullable().defaultTo(false);
    t.string('position_xid', 30);
    t.bigInteger('position_id').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
  await createFeedTriggers(knex);
}

export async function down(knex: Knex): Promise<void> {
  await dropFeedTriggers(knex);
  await knex.schema.dropTable('feed_consumers');
  await knex.schema.dropTable('change_feed');
}
