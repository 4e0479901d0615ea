import type { Knex } from 'knex';
import { rebuildQueueDays } from '../queue-day-queries.ts';

/**
 * Packed queue rollups (docs/reports.md "Storage"): one row per queue x channel x site ('' for none) x UTC
 * day (epoch ms of its start) whose `sums` hold the day's 96 fifteen-minute buckets of every queue figure
 * (models/queue-days-repo.ts, layout 1). The reports consumer writes them beside `queue_rollups`, which
 * stays for its other readers (arrival history, backlog). Built here from the existing 15-minute rollups,
 * so an upgraded installation reports its history from them at once.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('queue_day_rollups', (t) => {
    t.bigInteger('day').notNullable();
    t.string('queue', 200).notNullable();
    t.string('channel', 20).notNullable();
    t.string('site_id', 60).notNullable();
    t.binary('sums').notNullable();
    t.primary(['day', 'queue', 'channel', 'site_id']);
  });
  await rebuildQueueDays(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('queue_day_rollups');
}
