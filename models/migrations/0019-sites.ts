import type { Knex } from 'knex';

/**
 * Sites: branch offices, a disaster-recovery centre, outsourced teams. A site has a time zone, weekly
 * business hours and holidays (JSON, read whole); supervisors of a site are rows of site_supervisors.
 * Users (and so agents), queues and tasks name their site; a task's `site_scope` holds the sites whose
 * agents may take it, as `,a,b,` so that one LIKE answers "may an agent of site x take it" on both
 * databases (NULL: any site). Queues may count their SLA in business time (`business_hours_sla`).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('sites', (t) => {
    t.string('id', 60).primary();
    t.string('name', 200).notNullable();
    t.string('time_zone', 100).notNullable();
    t.text('business_hours').notNullable();
    t.text('holidays').notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
  await knex.schema.createTable('site_supervisors', (t) => {
    t.string('site_id', 60).notNullable().references('id').inTable('sites');
    t.string('user_id', 100).notNullable();
    t.primary(['site_id', 'user_id']);
    t.index(['user_id'], 'site_supervisors_user_idx');
  });
  await knex.schema.alterTable('users', (t) => {
    t.string('site_id', 60);
    t.index(['site_id'], 'users_site_idx');
  });
  await knex.schema.alterTable('queues', (t) => {
    t.string('site_id', 60);
    t.boolean('business_hours_sla').notNullable().defaultTo(false);
  });
  await knex.schema.alterTable('tasks', (t) => {
    t.string('site_id', 60);
    t.text('site_scope');
    t.index(['site_id', 'state'], 'tasks_site_state_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('tasks', (t) => {
    t.dropIndex(['site_id', 'state'], 'tasks_site_state_idx');
    t.dropColumn('site_id');
    t.dropColumn('site_scope');
  });
  await knex.schema.alterTable('queues', (t) => {
    t.dropColumn('site_id');
    t.dropColumn('business_hours_sla');
  });
  await knex.schema.alterTable('users', (t) => {
    t.dropIndex(['site_id'], 'users_site_idx');
    t.dropColumn('site_id');
  });
  await knex.schema.dropTable('site_supervisors');
  await knex.schema.dropTable('sites');
}
