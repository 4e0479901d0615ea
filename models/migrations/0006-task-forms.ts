import type { Knex } from 'knex';

/** Forms that user tasks show (by `camunda:formKey`), deployed with their process or alone, in versions. */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('task_forms', (t) => {
    t.string('form_key', 100).notNullable();
    t.integer('version').notNullable();
    t.text('schema').notNullable();
    t.string('schema_hash', 64).notNullable();
    t.string('definition_id', 200);
    t.string('deployed_by', 100);
    t.bigInteger('deployed_at').notNullable();
    t.primary(['form_key', 'version']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTableIfExists('task_forms');
}
