import type { Knex } from 'knex';

/**
 * Callbacks and consultations. Both are tasks, so their few fields live on the tasks row (one read for
 * the router, one conditional UPDATE per step): a callback's number, window, attempts and outcome; a
 * consultation's parent task. `ready_at` is "not before": the router offers nothing earlier (a window
 * that opens later, or a retry delay after no answer).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tasks', (t) => {
    t.bigInteger('ready_at');
    t.bigInteger('window_start');
    t.bigInteger('window_end');
    t.string('phone', 50);
    t.integer('attempts').notNullable().defaultTo(0);
    t.integer('max_attempts');
    t.string('outcome', 30);
    t.string('parent_task_id', 40);
    t.index(['parent_task_id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tasks', (t) => {
    t.dropIndex(['parent_task_id']);
    t.dropColumns(
      'ready_at',
      'window_start',
      'window_end',
      'phone',
      'attempts',
      'max_attempts',
      'outcome',
      'parent_task_id',
    );
  });
}
