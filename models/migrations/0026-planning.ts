import type { Knex } from 'knex';

/**
 * Planning (docs/planning.md): the roster (one shift per agent and local day, with breaks as JSON; the
 * shift's instants are stored beside its local times so a range query needs no time-zone arithmetic),
 * planners' forecast adjustments (a percentage for a local day, or for one interval of it), and queue
 * planning settings the staffing plan feeds the calculator (shrinkage, occupancy cap, patience).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('roster_shifts', (t) => {
    t.string('id', 60).primary();
    t.string('agent_id', 100).notNullable();
    t.string('site_id', 60);
    t.string('queue', 200);
    t.string('date', 10).notNullable();
    t.string('start_time', 5).notNullable();
    t.string('end_time', 5).notNullable();
    t.text('breaks').notNullable();
    t.bigInteger('starts_at').notNullable();
    t.bigInteger('ends_at').notNullable();
    t.bigInteger('updated_at').notNullable();
    t.unique(['agent_id', 'date'], { indexName: 'roster_shifts_agent_date' });
    t.index(['starts_at'], 'roster_shifts_starts_idx');
  });
  await knex.schema.createTable('forecast_adjustments', (t) => {
    t.string('id', 300).primary();
    t.string('queue', 200).notNullable();
    t.string('channel', 20).notNullable();
    t.string('site_id', 60).notNullable();
    t.string('date', 10).notNullable();
    // Start of the adjusted interval (epoch ms), or -1 for the whole day (a key column cannot be null).
    t.bigInteger('interval_start').notNullable();
    t.float('percent').notNullable();
    t.string('reason', 500);
    t.string('created_by', 100);
    t.bigInteger('created_at').notNullable();
    t.index(['queue', 'date'], 'forecast_adjustments_queue_date');
  });
  await knex.schema.createTable('queue_planning', (t) => {
    t.string('queue', 200).primary();
    t.float('shrinkage').notNullable();
    t.float('max_occupancy').notNullable();
    t.float('patience_seconds');
    t.bigInteger('updated_at').notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('queue_planning');
  await knex.schema.dropTable('forecast_adjustments');
  await knex.schema.dropTable('roster_shifts');
}
