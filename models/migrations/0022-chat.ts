import type { Knex } from 'knex';

/**
 * Live chat: a conversation a customer opens on a chat queue's public page (`chat_conversations`, found
 * by the hash of its unguessable token, never the token itself) and its messages in order
 * (`chat_messages`, numbered per conversation by `next_seq` so a reconnecting stream resumes exactly).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('chat_conversations', (t) => {
    t.string('id', 100).primary();
    t.string('token_hash', 64).notNullable().unique();
    t.string('queue', 200).notNullable();
    t.string('state', 20).notNullable();
    t.string('customer_id', 100);
    t.string('customer_name', 200);
    t.string('customer_email', 320);
    t.string('task_id', 100);
    t.string('interaction_id', 100);
    t.string('case_instance_id', 100);
    t.string('case_reference', 100);
    t.integer('next_seq').notNullable().defaultTo(0);
    t.bigInteger('started_at').notNullable();
    t.bigInteger('customer_seen_at').notNullable();
    t.bigInteger('ended_at');
    t.string('end_reason', 40);
    t.string('disposition_code', 100);
    t.text('disposition_note');
    t.index(['state', 'customer_seen_at']);
    t.index(['task_id']);
  });
  await knex.schema.createTable('chat_messages', (t) => {
    t.string('conversation_id', 100).notNullable();
    t.integer('seq').notNullable();
    t.string('author', 20).notNullable();
    t.string('agent_id', 100);
    t.text('body').notNullable();
    t.bigInteger('at').notNullable();
    t.primary(['conversation_id', 'seq']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('chat_messages');
  await knex.schema.dropTable('chat_conversations');
}
