import type { Knex } from 'knex';

/**
 * CTI events by call: a CALL_OFFERED that arrives after its call's CALL_ENDED (the switch delivered
 * out of order) looks the end up here, so the call is recorded as abandoned rather than queued.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cti_events', (t) => {
    t.index(['call_id', 'type'], 'cti_events_call_type');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cti_events', (t) => {
    t.dropIndex(['call_id', 'type'], 'cti_events_call_type');
  });
}
