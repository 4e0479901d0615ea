import type { Knex } from 'knex';

/**
 * The engine core: users and tokens, process definitions, instances, tasks (work items), jobs,
 * message/signal subscriptions and the append-only history. Times are epoch milliseconds (BIGINT),
 * structured values are JSON text, so the same statements run on SQLite and PostgreSQL.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('users', (t) => {
    t.string('id', 100).primary();
    t.string('name', 200).notNullable();
    t.string('email', 320);
    t.text('roles').notNullable().defaultTo('[]');
    t.text('groups').notNullable().defaultTo('[]');
    t.string('password_hash', 300);
    t.boolean('active').notNullable().defaultTo(true);
    t.bigInteger('created_at').notNullable();
  });
  await knex.schema.createTable('api_tokens', (t) => {
    t.string('id', 40).primary();
    t.string('user_id', 100).notNullable().references('users.id');
    t.string('token_hash', 128).notNullable().unique();
    t.string('label', 200);
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at');
    t.bigInteger('revoked_at');
  });
  await knex.schema.createTable('process_definitions', (t) => {
    t.string('id', 200).primary();
    t.string('key', 200).notNullable();
    t.integer('version').notNullable();
    t.string('name', 300);
    t.string('deployment_name', 300);
    t.text('bpmn_xml').notNullable();
    t.string('xml_hash', 64).notNullable();
    t.text('source_context').notNullable();
    t.text('event_starts').notNullable().defaultTo('[]');
    t.string('deployed_by', 100);
    t.bigInteger('deployed_at').notNullable();
    t.unique(['key', 'version']);
  });
  await knex.schema.createTable('process_instances', (t) => {
    t.string('id', 40).primary();
    t.string('definition_id', 200).notNullable().references('process_definitions.id');
    t.string('definition_key', 200).notNullable();
    t.string('business_key', 300);
    t.string('state', 20).notNullable();
    t.text('variables').notNullable().defaultTo('{}');
    t.text('active_element_ids').notNullable().defaultTo('[]');
    t.text('engine_state');
    t.text('waiting').notNullable().defaultTo('{}');
    t.integer('version').notNullable().defaultTo(0);
    t.string('started_by', 100);
    t.bigInteger('started_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.bigInteger('ended_at');
    t.string('end_reason', 500);
    t.index(['definition_key', 'state']);
    t.index(['business_key']);
    t.index(['state', 'started_at']);
  });
  await knex.schema.createTable('tasks', (t) => {
    t.string('id', 40).primary();
    t.string('instance_id', 40).notNullable().references('process_instances.id');
    t.string('definition_id', 200).notNullable();
    t.string('definition_key', 200).notNullable();
    t.string('element_id', 200).notNullable();
    t.string('execution_id', 200).notNullable().unique();
    t.string('name', 500);
    t.text('documentation');
    t.string('state', 20).notNullable();
    t.string('channel', 20).notNullable().defaultTo('BACKOFFICE');
    t.string('assignee_id', 100);
    t.text('candidate_groups').notNullable().defaultTo('[]');
    t.text('candidate_users').notNullable().defaultTo('[]');
    t.integer('priority').notNullable().defaultTo(50);
    t.integer('business_value').notNullable().defaultTo(0);
    t.text('skills').notNullable().defaultTo('[]');
    t.string('queue', 200);
    t.boolean('interruptible').notNullable().defaultTo(false);
    t.string('form_key', 300);
    t.integer('loop_index');
    t.bigInteger('due_at');
    t.bigInteger('follow_up_at');
    t.bigInteger('sla_due_at');
    t.bigInteger('sla_breached_at');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('claimed_at');
    t.bigInteger('completed_at');
    t.string('completed_by', 100);
    t.text('output');
    t.integer('version').notNullable().defaultTo(0);
    t.index(['state', 'priority', 'created_at']);
    t.index(['assignee_id', 'state']);
    t.index(['instance_id', 'state']);
    t.index(['queue', 'state']);
  });
  await knex.schema.createTable('task_candidates', (t) => {
    t.string('task_id', 40).notNullable().references('tasks.id');
    t.string('kind', 10).notNullable();
    t.string('value', 200).notNullable();
    t.primary(['task_id', 'kind', 'value']);
    t.index(['kind', 'value']);
  });
  await knex.schema.createTable('jobs', (t) => {
    t.string('id', 40).primary();
    t.string('type', 30).notNullable();
    t.string('state', 20).notNullable();
    t.string('instance_id', 40).references('process_instances.id');
    t.string('element_id', 200);
    t.string('execution_id', 200);
    t.string('topic', 200);
    t.bigInteger('due_at').notNullable();
    t.integer('retries').notNullable().defaultTo(3);
    t.string('locked_by', 200);
    t.bigInteger('lock_expires_at');
    t.text('payload').notNullable().defaultTo('{}');
    t.text('error_message');
    t.bigInteger('created_at').notNullable();
    t.index(['state', 'due_at']);
    t.index(['type', 'topic', 'state', 'due_at']);
    t.index(['instance_id']);
  });
  await knex.schema.createTable('message_subscriptions', (t) => {
    t.string('id', 40).primary();
    t.string('instance_id', 40).notNullable().references('process_instances.id');
    t.string('kind', 10).notNullable();
    t.string('name', 300).notNullable();
    t.string('correlation_key', 300);
    t.string('element_id', 200).notNullable();
    t.string('execution_id', 200).notNullable();
    t.bigInteger('created_at').notNullable();
    t.unique(['execution_id', 'kind', 'name']);
    t.index(['kind', 'name', 'correlation_key']);
    t.index(['instance_id']);
  });
  await knex.schema.createTable('buffered_messages', (t) => {
    t.string('id', 40).primary();
    t.string('name', 300).notNullable();
    t.string('correlation_key', 300);
    t.text('variables').notNullable().defaultTo('{}');
    t.bigInteger('expires_at').notNullable();
    t.bigInteger('created_at').notNullable();
    t.index(['name', 'correlation_key', 'expires_at']);
  });
  await knex.schema.createTable('history', (t) => {
    t.bigIncrements('id').primary();
    t.string('instance_id', 40);
    t.string('task_id', 40);
    t.string('type', 60).notNullable();
    t.string('element_id', 200);
    t.string('actor_id', 100);
    t.string('on_behalf_of', 100);
    t.bigInteger('at').notNullable();
    t.text('data');
    t.index(['instance_id', 'id']);
    t.index(['task_id', 'id']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'history',
    'buffered_messages',
    'message_subscriptions',
    'jobs',
    'task_candidates',
    'tasks',
    'process_instances',
    'process_definitions',
    'api_tokens',
    'users',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
