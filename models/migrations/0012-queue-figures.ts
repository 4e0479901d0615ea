import type { Knex } from 'knex';

/**
 * Queue figures that tell the truth: each queue says how abandoned calls count towards its service
 * level (`service_level_rule`, `abandon_grace_seconds`); `queue_samples` keeps how many tasks waited in
 * each queue at each sampling instant, so the board's "over the day" chart comes from the server; and
 * the day's outcomes (answers, abandons, completions) are found by time without reading every task.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('queues', (t) => {
    t.string('service_level_rule', 40).notNullable().defaultTo('EXCLUDE_SHORT_ABANDONS');
    t.integer('abandon_grace_seconds').notNullable().defaultTo(5);
  });
  await knex.schema.createTable('queue_samples', (t) => {
    t.string('queue', 200).notNullable();
    t.bigInteger('at').notNullable();
    t.integer('waiting').notNullable();
    t.primary(['queue', 'at']);
    t.index(['at'], 'queue_samples_at_idx');
  });
  await knex.schema.alterTable('tasks', (t) => {
    t.index(['completed_at'], 'tasks_figures_completed_idx');
    t.index(['answered_at'], 'tasks_figures_answered_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tasks', (t) => {
    t.dropIndex(['answered_at'], 'tasks_figures_answered_idx');
    t.dropIndex(['completed_at'], 'tasks_figures_completed_idx');
  });
  await knex.schema.dropTable('queue_samples');
  await knex.schema.alterTable('queues', (t) => {
    t.dropColumns('service_level_rule', 'abandon_grace_seconds');
  });
}
