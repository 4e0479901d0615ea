import type { Knex } from 'knex';

/**
 * Every stored version of an intake form (`intake_form_versions`; the forms there now are their first
 * listed version), so its page can show what changed. And merging two customer records: the merged one keeps its identifiers (so a later mail from its address
 * still finds the person) and points at the record it joined (`merged_into`); `customer_merges` is the
 * audit trail of who merged what, with the merged record as it stood.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.string('merged_into', 100);
  });
  await knex.schema.createTable('customer_merges', (t) => {
    t.bigIncrements('id').primary();
    t.string('source_id', 100).notNullable();
    t.string('target_id', 100).notNullable();
    t.string('actor_id', 100).notNullable();
    t.text('source_snapshot').notNullable();
    t.integer('interactions_moved').notNullable();
    t.bigInteger('at').notNullable();
    t.index(['target_id', 'at']);
    t.index(['source_id']);
  });
  await knex.schema.createTable('intake_form_versions', (t) => {
    t.string('form_key', 200).notNullable();
    t.integer('version').notNullable();
    t.string('title', 300).notNullable();
    t.text('schema').notNullable();
    t.text('mapping').notNullable();
    t.string('actor_id', 100);
    t.bigInteger('at').notNullable();
    t.primary(['form_key', 'version']);
  });
  await knex('intake_form_versions').insert(
    knex('intake_forms').select('form_key', 'version', 'title', 'schema', 'mapping', 'updated_by', 'updated_at'),
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('intake_form_versions');
  await knex.schema.dropTable('customer_merges');
  await knex.schema.alterTable('customers', (t) => {
    t.dropColumn('merged_into');
  });
}
