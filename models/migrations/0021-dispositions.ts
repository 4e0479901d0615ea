import type { Knex } from 'knex';

/**
 * The agent desktop: a task's disposition (the wrap-up code its agent chose, with a note, who and when)
 * and its call's hold time (`held_at` while on hold, `hold_ms` summed) for reports; per queue, the
 * disposition codes its wrap-ups choose from and the canned responses its replies start from (JSON lists).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tasks', (t) => {
    t.string('disposition_code', 100);
    t.text('disposition_note');
    t.string('disposition_by', 100);
    t.bigInteger('disposition_at');
    t.bigInteger('held_at');
    t.bigInteger('hold_ms').notNullable().defaultTo(0);
    t.index(['queue', 'disposition_code'], 'tasks_disposition_idx');
  });
  await knex.schema.alterTable('queues', (t) => {
    t.text('disposition_codes');
    t.text('canned_responses');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('queues', (t) => {
    t.dropColumns('disposition_codes', 'canned_responses');
  });
  await knex.schema.alterTable('tasks', (t) => {
    t.dropIndex(['queue', 'disposition_code'], 'tasks_disposition_idx');
    t.dropColumns('disposition_code', 'disposition_note', 'disposition_by', 'disposition_at', 'held_at', 'hold_ms');
  });
}
