import type { Knex } from 'knex';

/**
 * What the change feed records, by table: each committed insert or update of these rows writes one feed
 * row from a trigger, so the record lands in the same transaction as the change whatever code made it
 * (a command, a routing pass, the admin CLI). `when` lists the columns whose change is news (an update
 * touching none of them writes nothing: an agent's version moves on every offer, which its tasks'
 * rows already tell); `state` is the column whose previous value the record keeps; `hidden` columns
 * never reach the feed (secrets).
 */
interface FedTable {
  readonly table: string;
  readonly entity: string;
  readonly id: string;
  readonly version: string | null;
  readonly state: string | null;
  readonly when: readonly string[] | null;
  readonly inserts: boolean;
  readonly hidden: readonly string[];
}

export const FED_TABLES: readonly FedTable[] = [
  {
    table: 'tasks',
    entity: 'task',
    id: 'id',
    version: 'version',
    state: 'state',
    when: ['version', 'state', 'assignee_id', 'priority', 'queue'],
    inserts: true,
    hidden: [],
  },
  {
    table: 'reservations',
    entity: 'reservation',
    id: 'id',
    version: null,
    state: 'state',
    when: ['state'],
    inserts: true,
    hidden: [],
  },
  {
    table: 'agents',
    entity: 'agent',
    id: 'id',
    version: 'version',
    state: 'presence',
    when: ['presence', 'presence_reason', 'capacity', 'missed_offers'],
    inserts: true,
    hidden: [],
  },
  // Only its start (insert) and end (state): reports read an ended instance's history from there.
  {
    table: 'process_instances',
    entity: 'instance',
    id: 'id',
    version: null,
    state: 'state',
    when: ['state'],
    inserts: true,
    hidden: ['variables', 'engine_state', 'waiting', 'active_element_ids'],
  },
  { table: 'queues', entity: 'queue', id: 'name', version: null, state: null, when: null, inserts: true, hidden: [] },
  {
    table: 'api_tokens',
    entity: 'session',
    id: 'id',
    version: null,
    state: null,
    when: ['revoked_at'],
    inserts: false,
    hidden: ['token_hash'],
  },
  {
    table: 'users',
    entity: 'user',
    id: 'id',
    version: null,
    state: null,
    when: ['active', 'roles'],
    inserts: false,
    hidden: ['password_hash'],
  },
  // Chat (myChatEvents, the customer's stream): a message's text and the customer's details stay out
  // (personal data, erased on request); readers read the message back by (conversation, seq).
  {
    table: 'chat_messages',
    entity: 'chatMessage',
    id: 'conversation_id',
    version: 'seq',
    state: null,
    when: ['seq'],
    inserts: true,
    hidden: ['body'],
  },
  {
    table: 'chat_conversations',
    entity: 'chat',
    id: 'id',
    version: null,
    state: 'state',
    when: ['state'],
    inserts: false,
    hidden: ['token_hash', 'customer_name', 'customer_email', 'disposition_note'],
  },
];

/** Skill rows say only that their agent changed (the router reads the agent back). */
const SKILLS = { table: 'agent_skills', entity: 'agent', id: 'agent_id' } as const;

const SQLITE_NOW = `CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)`;
export const PG_NOW = `(extract(epoch from clock_timestamp()) * 1000)::bigint`;

const triggerNames = (t: { table: string }) => [
  `feed_${t.table}_insert`,
  `feed_${t.table}_update`,
  `feed_${t.table}_delete`,
];

/**
 * (Re)creates the feed triggers of every fed table (idempotent; SQLite lists the columns it has now).
 * Tables a later migration creates are skipped until then: that migration calls this again.
 */
export async function createFeedTriggers(knex: Knex): Promise<void> {
  if (knex.client.config.client === 'pg') return createPgTriggers(knex);
  for (const t of FED_TABLES) {
    for (const name of triggerNames(t)) await knex.raw(`DROP TRIGGER IF EXISTS ${name}`);
    const columns = ((await knex.raw(`PRAGMA table_info(${t.table})`)) as { name: string }[])
      .map((c) => c.name)
      .filter((c) => !t.hidden.includes(c));
    if (columns.length === 0) continue;
    const payload = `json_object(${columns.map((c) => `'${c}', NEW.${c}`).join(', ')})`;
    const values = (op: string, prev: string) =>
      `INSERT INTO change_feed (origin, entity, entity_id, op, version, prev_state, payload, at) VALUES ` +
      `(crossdesk_node(), '${t.entity}', NEW.${t.id}, '${op}', ${t.version ? `NEW.${t.version}` : 'NULL'}, ${prev}, ${payload}, ${SQLITE_NOW});`;
    if (t.inserts)
      await knex.raw(
        `CREATE TRIGGER feed_${t.table}_insert AFTER INSERT ON ${t.table} BEGIN ${values('I', 'NULL')} END`,
      );
    const when = t.when ? `WHEN ${t.when.map((c) => `OLD.${c} IS NOT NEW.${c}`).join(' OR ')}` : '';
    await knex.raw(
      `CREATE TRIGGER feed_${t.table}_update AFTER UPDATE ON ${t.table} ${when} BEGIN ${values('U', t.state ? `OLD.${t.state}` : 'NULL')} END`,
    );
  }
  for (const name of triggerNames(SKILLS)) await knex.raw(`DROP TRIGGER IF EXISTS ${name}`);
  for (const [op, row] of [
    ['insert', 'NEW'],
    ['delete', 'OLD'],
  ] as const)
    await knex.raw(
      `CREATE TRIGGER feed_${SKILLS.table}_${op} AFTER ${op.toUpperCase()} ON ${SKILLS.table} BEGIN ` +
        `INSERT INTO change_feed (origin, entity, entity_id, op, version, prev_state, payload, at) VALUES ` +
        `(crossdesk_node(), 'agent', ${row}.agent_id, 'S', NULL, NULL, json_object('id', ${row}.agent_id), ${SQLITE_NOW}); END`,
    );
}

async function createPgTriggers(knex: Knex): Promise<void> {
  // One function for every table; its arguments say which. The origin is the pool connection's
  // `crossdesk.node` setting (db.ts sets it when the connection opens); missing_ok gives NULL elsewhere.
  await knex.raw(`
    CREATE OR REPLACE FUNCTION crossdesk_feed() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      doc jsonb := to_jsonb(NEW) - TG_ARGV[4]::text[];
    BEGIN
      INSERT INTO change_feed (origin, entity, entity_id, op, version, prev_state, payload)
      VALUES (current_setting('crossdesk.node', true), TG_ARGV[0], doc->>TG_ARGV[1],
              CASE WHEN TG_OP = 'INSERT' THEN 'I' ELSE 'U' END,
              CASE WHEN TG_ARGV[2] = '' THEN NULL ELSE (doc->>TG_ARGV[2])::bigint END,
              CASE WHEN TG_OP = 'UPDATE' AND TG_ARGV[3] <> '' THEN to_jsonb(OLD)->>TG_ARGV[3] END,
              doc::text);
      RETURN NULL;
    END $$`);
  await knex.raw(`
    CREATE OR REPLACE FUNCTION crossdesk_feed_skills() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      agent text := CASE WHEN TG_OP = 'DELETE' THEN OLD.agent_id ELSE NEW.agent_id END;
    BEGIN
      INSERT INTO change_feed (origin, entity, entity_id, op, payload)
      VALUES (current_setting('crossdesk.node', true), 'agent', agent, 'S', jsonb_build_object('id', agent)::text);
      RETURN NULL;
    END $$`);
  for (const t of FED_TABLES) {
    if (!(await knex.schema.hasTable(t.table))) continue;
    for (const name of triggerNames(t)) await knex.raw(`DROP TRIGGER IF EXISTS ${name} ON ${t.table}`);
    const args = `'${t.entity}', '${t.id}', '${t.version ?? ''}', '${t.state ?? ''}', '{${t.hidden.join(',')}}'`;
    if (t.inserts)
      await knex.raw(
        `CREATE TRIGGER feed_${t.table}_insert AFTER INSERT ON ${t.table} FOR EACH ROW EXECUTE FUNCTION crossdesk_feed(${args})`,
      );
    const when = t.when ? `WHEN (${t.when.map((c) => `OLD.${c} IS DISTINCT FROM NEW.${c}`).join(' OR ')})` : '';
    await knex.raw(
      `CREATE TRIGGER feed_${t.table}_update AFTER UPDATE ON ${t.table} FOR EACH ROW ${when} EXECUTE FUNCTION crossdesk_feed(${args})`,
    );
  }
  for (const name of triggerNames(SKILLS)) await knex.raw(`DROP TRIGGER IF EXISTS ${name} ON ${SKILLS.table}`);
  for (const op of ['insert', 'delete'])
    await knex.raw(
      `CREATE TRIGGER feed_${SKILLS.table}_${op} AFTER ${op.toUpperCase()} ON ${SKILLS.table} FOR EACH ROW EXECUTE FUNCTION crossdesk_feed_skills()`,
    );
}

/** Drops every feed trigger (the migration's down). */
export async function dropFeedTriggers(knex: Knex): Promise<void> {
  const pg = knex.client.config.client === 'pg';
  for (const t of [...FED_TABLES, SKILLS]) await dropTriggersOf(knex, t);
  if (pg) {
    await knex.raw('DROP FUNCTION IF EXISTS crossdesk_feed()');
    await knex.raw('DROP FUNCTION IF EXISTS crossdesk_feed_skills()');
  }
}

/** Drops the feed triggers of one table (a migration's down that fed it). */
export async function dropTriggersOf(knex: Knex, t: { table: string }): Promise<void> {
  const pg = knex.client.config.client === 'pg';
  if (pg && !(await knex.schema.hasTable(t.table))) return;
  for (const name of triggerNames(t)) await knex.raw(`DROP TRIGGER IF EXISTS ${name}${pg ? ` ON ${t.table}` : ''}`);
}
