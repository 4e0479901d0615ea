import type { Knex } from 'knex';

/**
 * The universal queue: agents with skills, presence and capacity; queues with service-level targets
 * and escalation steps; reservations (time-boxed offers); CTI events as received (for replay and
 * ordering checks). Tasks gain what routing needs, and live work (calls) has no process instance.
 */
export async function up(knex: Knex): Promise<void> {
  // Live calls and callbacks are tasks without a process: their process columns become optional.
  await knex.schema.alterTable('tasks', (t) => {
    t.string('instance_id', 40).nullable().alter();
    t.string('definition_id', 200).nullable().alter();
    t.string('definition_key', 200).nullable().alter();
    t.string('element_id', 200).nullable().alter();
  });
  await knex.schema.alterTable('tasks', (t) => {
    t.string('kind', 20).notNullable().defaultTo('USER_TASK');
    t.bigInteger('enqueued_at');
    t.integer('escalation_level').notNullable().defaultTo(0);
    t.text('routing_decision');
    t.string('call_id', 200);
    t.text('customer');
    t.bigInteger('work_started_at');
    t.bigInteger('paused_at');
    t.bigInteger('handling_ms').notNullable().defaultTo(0);
    t.bigInteger('answered_at');
    t.bigInteger('cti_at');
    t.index(['call_id']);
  });
  await knex.raw('UPDATE tasks SET enqueued_at = created_at WHERE enqueued_at IS NULL');
  // A task's required skills as rows (effective levels: escalation lowers them), so that pull queries can
  // test eligibility in SQL.
  await knex.schema.createTable('task_skills', (t) => {
    t.string('task_id', 40).notNullable().references('tasks.id');
    t.string('skill', 100).notNullable();
    t.integer('level').notNullable();
    t.primary(['task_id', 'skill']);
  });
  const open = await knex('tasks')
    .select('id', 'skills')
    .whereIn('state', ['QUEUED', 'RESERVED', 'ASSIGNED', 'PAUSED']);
  const rows = open.flatMap((r: { id: string; skills: string }) =>
    (JSON.parse(r.skills) as { name: string; level: number }[]).map((s) => ({
      task_id: r.id,
      skill: s.name,
      level: s.level,
    })),
  );
  if (rows.length) await knex.batchInsert('task_skills', rows, 500);
  await knex.schema.createTable('agents', (t) => {
    t.string('id', 100).primary().references('users.id');
    t.string('presence', 20).notNullable().defaultTo('OFFLINE');
    t.string('presence_reason', 300);
    t.bigInteger('presence_since').notNullable();
    t.text('capacity').notNullable();
    t.integer('missed_offers').notNullable().defaultTo(0);
    t.bigInteger('idle_since');
    t.bigInteger('cti_at');
    t.integer('version').notNullable().defaultTo(0);
    t.bigInteger('updated_at').notNullable();
    t.index(['presence']);
  });
  await knex.schema.createTable('agent_skills', (t) => {
    t.string('agent_id', 100).notNullable().references('agents.id');
    t.string('skill', 100).notNullable();
    t.integer('level').notNullable();
    t.primary(['agent_id', 'skill']);
    t.index(['skill', 'level']);
  });
  await knex.schema.createTable('queues', (t) => {
    t.string('name', 200).primary();
    t.string('channel', 20).notNullable().defaultTo('BACKOFFICE');
    t.integer('sla_seconds').notNullable();
    t.integer('sla_target_percent').notNullable();
    t.integer('reservation_timeout_seconds').notNullable();
    t.float('aging_per_minute').notNullable();
    t.integer('pause_return_seconds').notNullable();
    t.integer('max_missed_offers').notNullable();
    t.text('escalation').notNullable().defaultTo('[]');
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
  await knex.schema.createTable('reservations', (t) => {
    t.string('id', 40).primary();
    t.string('task_id', 40).notNullable().references('tasks.id');
    t.string('agent_id', 100).notNullable().references('agents.id');
    t.string('state', 20).notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at').notNullable();
    t.bigInteger('ended_at');
    t.string('reason', 500);
    t.index(['agent_id', 'state']);
    t.index(['state', 'expires_at']);
    t.index(['task_id']);
  });
  // The last line of defence against double offers: one pending reservation per task.
  await knex.raw("CREATE UNIQUE INDEX reservations_one_pending ON reservations (task_id) WHERE state = 'PENDING'");
  await knex.schema.createTable('cti_events', (t) => {
    t.string('event_id', 200).primary();
    t.string('type', 40).notNullable();
    t.string('agent_id', 100);
    t.string('call_id', 200);
    t.bigInteger('at').notNullable();
    t.bigInteger('received_at').notNullable();
    t.string('outcome', 40).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['cti_events', 'reservations', 'queues', 'agent_skills', 'agents', 'task_skills'])
    await knex.schema.dropTableIfExists(table);
  await knex.schema.alterTable('tasks', (t) => {
    t.dropIndex(['call_id']);
    t.dropColumns(
      'kind',
      'enqueued_at',
      'escalation_level',
      'routing_decision',
      'call_id',
      'customer',
      'work_started_at',
      'paused_at',
      'handling_ms',
      'answered_at',
      'cti_at',
    );
  });
}
