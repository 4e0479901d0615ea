import type { Knex } from 'knex';

/**
 * Reporting (docs/reports.md): facts written by the `reports` change-feed consumer, never by commands.
 * `task_facts` is one row per task (arrival, answer, end, times, disposition); `presence_facts` one row
 * per closed presence interval of an agent (`report_agent_presence` holds each agent's open one).
 * Rollups add facts up per 15-minute bucket (epoch ms of its start, UTC): `queue_rollups` per queue x
 * channel x site ('' for none), `agent_rollups` per agent x channel, `presence_rollups` per agent x
 * presence, `disposition_rollups` per agent x queue x code. `report_positions` is the last feed record
 * applied per consumer, written in the transaction of the facts it produced (exactly once per record).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('task_facts', (t) => {
    t.string('task_id', 40).primary();
    t.string('queue', 200);
    t.string('channel', 20);
    t.string('kind', 20);
    t.boolean('live').notNullable().defaultTo(false);
    t.string('site_id', 60);
    t.text('skills');
    t.string('definition_key', 200);
    t.string('agent_id', 100);
    t.bigInteger('arrived_at').notNullable();
    t.bigInteger('answered_at');
    t.bigInteger('wait_ms');
    t.bigInteger('ended_at');
    // ANSWERED while a live contact is held, COMPLETED, ABANDONED, CANCELLED.
    t.string('outcome', 20);
    t.bigInteger('handle_ms');
    t.bigInteger('hold_ms');
    t.bigInteger('wrap_ms');
    t.bigInteger('sla_due_at');
    t.boolean('sla_met');
    t.string('disposition', 100);
    t.integer('transfers').notNullable().defaultTo(0);
    t.integer('escalations').notNullable().defaultTo(0);
    t.integer('escalation_level').notNullable().defaultTo(0);
    t.index(['queue', 'ended_at'], 'task_facts_queue_ended_idx');
    t.index(['agent_id', 'ended_at'], 'task_facts_agent_ended_idx');
    t.index(['arrived_at'], 'task_facts_arrived_idx');
  });
  await knex.schema.createTable('presence_facts', (t) => {
    t.increments('id');
    t.string('agent_id', 100).notNullable();
    t.string('presence', 20).notNullable();
    t.string('reason', 300);
    t.bigInteger('started_at').notNullable();
    t.bigInteger('ended_at').notNullable();
    t.index(['agent_id', 'started_at'], 'presence_facts_agent_idx');
  });
  await knex.schema.createTable('report_agent_presence', (t) => {
    t.string('agent_id', 100).primary();
    t.string('presence', 20).notNullable();
    t.string('reason', 300);
    t.bigInteger('since').notNullable();
  });
  await knex.schema.createTable('queue_rollups', (t) => {
    t.bigInteger('bucket').notNullable();
    t.string('queue', 200).notNullable();
    t.string('channel', 20).notNullable();
    t.string('site_id', 60).notNullable();
    for (const c of ROLLUP_COUNTS) t.bigInteger(c).notNullable().defaultTo(0);
    t.primary(['bucket', 'queue', 'channel', 'site_id']);
  });
  await knex.schema.createTable('agent_rollups', (t) => {
    t.bigInteger('bucket').notNullable();
    t.string('agent_id', 100).notNullable();
    t.string('channel', 20).notNullable();
    for (const c of ['handled', 'handle_ms', 'hold_ms', 'wrap_ms', 'accepted', 'rejected', 'missed'])
      t.bigInteger(c).notNullable().defaultTo(0);
    t.primary(['bucket', 'agent_id', 'channel']);
  });
  await knex.schema.createTable('presence_rollups', (t) => {
    t.bigInteger('bucket').notNullable();
    t.string('agent_id', 100).notNullable();
    t.string('presence', 20).notNullable();
    t.bigInteger('ms').notNullable().defaultTo(0);
    t.primary(['bucket', 'agent_id', 'presence']);
  });
  await knex.schema.createTable('disposition_rollups', (t) => {
    t.bigInteger('bucket').notNullable();
    t.string('agent_id', 100).notNullable();
    t.string('queue', 200).notNullable();
    t.string('code', 100).notNullable();
    t.bigInteger('count').notNullable().defaultTo(0);
    t.primary(['bucket', 'agent_id', 'queue', 'code']);
  });
  await knex.schema.createTable('report_positions', (t) => {
    t.string('consumer', 100).primary();
    t.string('position_xid', 30);
    t.bigInteger('position_id').notNullable();
  });
}

/** The summed columns of a queue rollup (models/facts-repo.ts, models/report-queries.ts). */
const ROLLUP_COUNTS = [
  'offered',
  'answered',
  'answered_within',
  'abandoned',
  'abandoned_short',
  'abandoned_within',
  'completed',
  'completed_within',
  'ended',
  'wait_ms',
  'handled',
  'handle_ms',
  'hold_ms',
  'transfers_in',
  'transfers_out',
  'escalations',
  'wait_le_5',
  'wait_le_10',
  'wait_le_20',
  'wait_le_30',
  'wait_le_60',
  'wait_le_120',
  'wait_le_300',
  'wait_le_600',
  'wait_le_1800',
  'wait_le_3600',
  'wait_over_3600',
];

export async function down(knex: Knex): Promise<void> {
  for (const t of [
    'report_positions',
    'disposition_rollups',
    'presence_rollups',
    'agent_rollups',
    'queue_rollups',
    'report_agent_presence',
    'presence_facts',
    'task_facts',
  ])
    await knex.schema.dropTable(t);
}
