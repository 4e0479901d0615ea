import type { Knex } from 'knex';

/**
 * Front-line interactions: customers, interactions (inbound and our outbound replies), their links to
 * cases and tasks, classification rules with their version history, and public intake forms. Links
 * name task and instance ids without foreign keys so that tasks without an instance (callbacks,
 * consultations) can carry interactions too.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('customers', (t) => {
    t.string('id', 100).primary();
    t.string('name', 300);
    t.string('email', 320).unique();
    t.string('phone', 40).unique();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
  await knex.schema.createTable('interactions', (t) => {
    t.string('id', 40).primary();
    t.string('external_id', 300).unique();
    t.string('channel', 20).notNullable();
    t.string('direction', 10).notNullable();
    t.string('customer_id', 100).references('customers.id');
    t.string('subject', 1000);
    t.text('body');
    t.text('attributes').notNullable().defaultTo('{}');
    t.text('attachments').notNullable().defaultTo('[]');
    t.string('message_id', 400);
    t.text('thread_refs').notNullable().defaultTo('[]');
    t.string('case_instance_id', 40);
    t.string('case_reference', 100);
    t.string('outcome', 20);
    t.string('rule_id', 40);
    t.string('captured_by', 100);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('routing_at');
    t.index(['customer_id', 'created_at']);
    t.index(['case_instance_id']);
    t.index(['message_id']);
    t.index(['channel', 'created_at']);
  });
  await knex.schema.createTable('interaction_links', (t) => {
    t.bigIncrements('id').primary();
    t.string('interaction_id', 40).notNullable().references('interactions.id');
    t.string('instance_id', 40);
    t.string('task_id', 40);
    t.bigInteger('created_at').notNullable();
    t.unique(['interaction_id', 'instance_id', 'task_id']);
    t.index(['task_id']);
    t.index(['instance_id']);
  });
  await knex.schema.createTable('classification_rules', (t) => {
    t.string('id', 40).primary();
    t.string('name', 300).notNullable().unique();
    t.integer('position').notNullable();
    t.boolean('enabled').notNullable().defaultTo(true);
    t.text('match').notNullable().defaultTo('{}');
    t.text('action').notNullable().defaultTo('{}');
    t.integer('version').notNullable();
    t.string('updated_by', 100);
    t.bigInteger('updated_at').notNullable();
    t.index(['enabled', 'position']);
  });
  await knex.schema.createTable('classification_rule_versions', (t) => {
    t.bigIncrements('id').primary();
    t.string('rule_id', 40).notNullable();
    t.integer('version').notNullable();
    t.string('change', 20).notNullable();
    t.text('snapshot').notNullable();
    t.string('actor_id', 100);
    t.bigInteger('at').notNullable();
    t.unique(['rule_id', 'version']);
  });
  await knex.schema.createTable('intake_forms', (t) => {
    t.string('form_key', 200).primary();
    t.string('title', 300).notNullable();
    t.text('schema').notNullable();
    t.text('mapping').notNullable().defaultTo('{}');
    t.integer('version').notNullable();
    t.string('updated_by', 100);
    t.bigInteger('updated_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'intake_forms',
    'classification_rule_versions',
    'classification_rules',
    'interaction_links',
    'interactions',
    'customers',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
