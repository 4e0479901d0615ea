import type { Knex } from 'knex';
import { createFeedTriggers } from '../feed-triggers.ts';

/**
 * Process facts (docs/reports.md, Processes): one row per process instance (written at its start,
 * completed at its end), one per element visit of an ended instance, and per UTC day a histogram of
 * element and instance times (`process_time_rollups`: count and sum per log-scale bucket) so a heat
 * map over a quarter reads thousands of rows, not millions. The feed now carries process instances
 * (their start and end); history gets the indexes its search across instances needs.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('process_instance_facts', (t) => {
    t.string('instance_id', 40).primary();
    t.string('definition_key', 200).notNullable();
    t.integer('definition_version').notNullable();
    t.string('business_key', 300);
    t.string('state', 20).notNullable();
    t.bigInteger('started_at').notNullable();
    t.bigInteger('ended_at');
    t.bigInteger('duration_ms');
    t.integer('incidents').notNullable().defaultTo(0);
    t.string('sla_breach_element_id', 200);
    t.bigInteger('sla_breached_at');
    t.index(['definition_key', 'started_at'], 'pif_started_idx');
    t.index(['definition_key', 'ended_at'], 'pif_ended_idx');
  });
  await knex.schema.createTable('process_element_facts', (t) => {
    t.string('instance_id', 40).notNullable();
    t.string('execution_id', 200).notNullable();
    t.string('definition_key', 200).notNullable();
    t.string('element_id', 200).notNullable();
    t.string('element_type', 60).notNullable();
    t.bigInteger('entered_at').notNullable();
    t.bigInteger('left_at').notNullable();
    t.bigInteger('waiting_ms').notNullable();
    t.bigInteger('working_ms').notNullable();
    t.bigInteger('total_ms').notNullable();
    t.bigInteger('instance_ended_at').notNullable();
    t.primary(['instance_id', 'execution_id']);
    t.index(['definition_key', 'instance_ended_at'], 'pef_ended_idx');
  });
  await knex.schema.createTable('process_time_rollups', (t) => {
    t.string('definition_key', 200).notNullable();
    t.bigInteger('day').notNullable();
    t.string('element_id', 200).notNullable();
    t.string('metric', 10).notNullable();
    t.integer('bucket').notNullable();
    t.bigInteger('n').notNullable();
    t.bigInteger('sum_ms').notNullable();
    t.primary(['definition_key', 'day', 'element_id', 'metric', 'bucket']);
  });
  await knex.schema.alterTable('history', (t) => {
    t.index(['at'], 'history_at_idx');
    t.index(['actor_id', 'at'], 'history_actor_at_idx');
    t.index(['type', 'at'], 'history_type_at_idx');
  });
  await createFeedTriggers(knex);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('history', (t) => {
    t.dropIndex(['at'], 'history_at_idx');
    t.dropIndex(['actor_id', 'at'], 'history_actor_at_idx');
    t.dropIndex(['type', 'at'], 'history_type_at_idx');
  });
  for (const table of ['process_time_rollups', 'process_element_facts', 'process_instance_facts'])
    await knex.schema.dropTableIfExists(table);
}
