import type { Knex } from 'knex';

/**
 * People managed in the product: `groups` become records (candidate groups, queue escalation steps and
 * users' memberships name them by id; membership stays on users.groups, which routing already reads),
 * and `audit_entries` records who changed which user, group, agent, queue, rule or presence, with the
 * subject before and after. Audit entries have their own table so that pruning history or tasks never
 * reaches them. Groups already named by users, tasks or queues become records, so nothing turns unknown.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('groups', (t) => {
    t.string('id', 100).primary();
    t.string('name', 200).notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('updated_at').notNullable();
  });
  await knex.schema.createTable('audit_entries', (t) => {
    t.bigIncrements('id').primary();
    t.string('type', 60).notNullable();
    t.string('subject_type', 40).notNullable();
    t.string('subject_id', 200).notNullable();
    t.string('actor_id', 100);
    t.string('on_behalf_of', 100);
    t.bigInteger('at').notNullable();
    t.text('before');
    t.text('after');
    t.index(['subject_id', 'id'], 'audit_entries_subject_idx');
    t.index(['actor_id', 'id'], 'audit_entries_actor_idx');
    t.index(['at'], 'audit_entries_at_idx');
  });
  const named = new Set<string>();
  const parse = (text: unknown): unknown[] => {
    try {
      const value = JSON.parse(String(text ?? '[]'));
      return Array.isArray(value) ? value : [];
    } catch {
      return [];
    }
  };
  for (const row of await knex('users').select('groups'))
    for (const g of parse(row.groups)) if (typeof g === 'string') named.add(g);
  for (const row of await knex('task_candidates').where({ kind: 'GROUP' }).distinct('value')) named.add(row.value);
  for (const row of await knex('queues').select('escalation'))
    for (const step of parse(row.escalation) as { addGroup?: unknown }[])
      if (typeof step?.addGroup === 'string') named.add(step.addGroup);
  const now = Date.now();
  const rows = [...named]
    .filter((id) => id.length > 0 && id.length <= 100)
    .map((id) => ({ id, name: id, created_at: now, updated_at: now }));
  for (let i = 0; i < rows.length; i += 100) await knex('groups').insert(rows.slice(i, i + 100));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('audit_entries');
  await knex.schema.dropTable('groups');
}
