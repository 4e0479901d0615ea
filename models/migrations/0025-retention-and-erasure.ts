import type { Knex } from 'knex';

/**
 * Retention and erasure (docs/retention.md). A customer's erasure (`eraseCustomer`) keeps the record,
 * blanked, with the time it was erased, so counts and links hold and a later contact never fills it in
 * again. The retention job finds old rows by time: ended instances by their end, CTI events by receipt,
 * chat messages by time (closed tasks already have `tasks_figures_completed_idx`).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.bigInteger('erased_at');
  });
  await knex.schema.alterTable('process_instances', (t) => {
    t.index(['state', 'ended_at'], 'process_instances_ended_idx');
  });
  await knex.schema.alterTable('cti_events', (t) => {
    t.index(['received_at'], 'cti_events_received_idx');
  });
  await knex.schema.alterTable('chat_messages', (t) => {
    t.index(['at'], 'chat_messages_at_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('chat_messages', (t) => {
    t.dropIndex(['at'], 'chat_messages_at_idx');
  });
  await knex.schema.alterTable('cti_events', (t) => {
    t.dropIndex(['received_at'], 'cti_events_received_idx');
  });
  await knex.schema.alterTable('process_instances', (t) => {
    t.dropIndex(['state', 'ended_at'], 'process_instances_ended_idx');
  });
  await knex.schema.alterTable('customers', (t) => {
    t.dropColumn('erased_at');
  });
}
