import { fromJson, insertRows, type Db } from './db.ts';

/** Where an agent stands (stored as these strings). */
export const Presence = {
  OFFLINE: 'OFFLINE',
  AVAILABLE: 'AVAILABLE',
  BUSY: 'BUSY',
  WRAP_UP: 'WRAP_UP',
  AWAY: 'AWAY',
} as const;
export type Presence = (typeof Presence)[keyof typeof Presence];

/** How much work of each channel an agent takes at once, and in all. */
export interface Capacity {
  VOICE: number;
  CHAT: number;
  EMAIL: number;
  BACKOFFICE: number;
  total: number;
}

/** A skill an agent has, with proficiency 1-10. */
export interface AgentSkill {
  name: string;
  level: number;
}

/** A user who takes work (the user row holds name, roles and groups). */
export interface AgentRecord {
  id: string;
  name: string;
  roles: string[];
  groups: string[];
  /** The user's site (null: none); routing matches it against a task's site scope. */
  siteId: string | null;
  skills: AgentSkill[];
  capacity: Capacity;
  presence: Presence;
  presenceReason: string | null;
  presenceSince: number;
  missedOffers: number;
  idleSince: number | null;
  ctiAt: number | null;
  version: number;
  updatedAt: number;
}

/** Agent list filter. */
export interface AgentFilter {
  presence?: Presence;
  skill?: string;
  group?: string;
  ids?: readonly string[];
  /** Only agents of these sites (a site-scoped supervisor's view). */
  sites?: readonly string[];
}

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toAgent(r: any, skills: AgentSkill[]): AgentRecord {
  return {
    id: r.id,
    name: r.name,
    roles: fromJson(r.roles, []),
    groups: fromJson(r.groups, []),
    siteId: r.site_id ?? null,
    skills,
    capacity: fromJson(r.capacity, { VOICE: 1, CHAT: 0, EMAIL: 0, BACKOFFICE: 0, total: 1 }),
    presence: r.presence,
    presenceReason: r.presence_reason ?? null,
    presenceSince: Number(r.presence_since),
    missedOffers: Number(r.missed_offers),
    idleSince: num(r.idle_since),
    ctiAt: num(r.cti_at),
    version: Number(r.version),
    updatedAt: Number(r.updated_at),
  };
}

const agentColumns = ['agents.*', 'users.name', 'users.roles', 'users.groups', 'users.site_id'];

/** Agents under a filter, by id. */
export async function listAgents(
  db: Db,
  filter: AgentFilter = {},
  options: { skills?: boolean } = {},
): Promise<AgentRecord[]> {
  const q = db('agents').join('users', 'users.id', 'agents.id').select(agentColumns).orderBy('agents.id');
  if (filter.presence) q.where('agents.presence', filter.presence);
  if (filter.ids) q.whereIn('agents.id', [...filter.ids]);
  if (filter.sites) q.whereIn('users.site_id', [...filter.sites]);
  if (filter.skill)
    q.whereExists(
      db('agent_skills')
        .select(db.raw('1'))
        .whereRaw('agent_skills.agent_id = agents.id')
        .andWhere('skill', filter.skill),
    );
  const rows = await q;
  const skills =
    options.skills === false
      ? new Map<string, AgentSkill[]>()
      : await skillsOf(
          db,
          rows.map((r: any) => r.id),
        );
  const agents = rows.map((r: any) => toAgent(r, skills.get(r.id) ?? []));
  return filter.group ? agents.filter((a: AgentRecord) => a.groups.includes(filter.group as string)) : agents;
}

async function skillsOf(db: Db, ids: readonly string[]): Promise<Map<string, AgentSkill[]>> {
  const map = new Map<string, AgentSkill[]>();
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db('agent_skills')
      .whereIn('agent_id', ids.slice(i, i + 500))
      .orderBy(['agent_id', 'skill']);
    for (const r of rows) {
      const list = map.get(r.agent_id) ?? [];
      list.push({ name: r.skill, level: Number(r.level) });
      map.set(r.agent_id, list);
    }
  }
  return map;
}

/** One agent (`skills: false` skips reading its skills, which then come back empty). */
export async function findAgent(
  db: Db,
  id: string,
  options: { skills?: boolean } = {},
): Promise<AgentRecord | undefined> {
  return (await listAgents(db, { ids: [id] }, options))[0];
}

/** Stores an agent's own row and replaces its skills (the user row is saved separately). */
export async function saveAgent(db: Db, agent: AgentRecord): Promise<void> {
  const row = {
    id: agent.id,
    presence: agent.presence,
    presence_reason: agent.presenceReason,
    presence_since: agent.presenceSince,
    capacity: JSON.stringify(agent.capacity),
    missed_offers: agent.missedOffers,
    idle_since: agent.idleSince,
    cti_at: agent.ctiAt,
    version: agent.version,
    updated_at: agent.updatedAt,
  };
  await db('agents').insert(row).onConflict('id').merge(['capacity', 'version', 'updated_at']);
  await db('agent_skills').where({ agent_id: agent.id }).delete();
  if (agent.skills.length)
    await db('agent_skills').insert(agent.skills.map((s) => ({ agent_id: agent.id, skill: s.name, level: s.level })));
}

/** The agent fields that commands change. */
export type AgentChanges = Partial<
  Pick<AgentRecord, 'presence' | 'presenceReason' | 'presenceSince' | 'missedOffers' | 'idleSince' | 'ctiAt'>
>;

const AGENT_COLUMN: Record<keyof AgentChanges, string> = {
  presence: 'presence',
  presenceReason: 'presence_reason',
  presenceSince: 'presence_since',
  missedOffers: 'missed_offers',
  idleSince: 'idle_since',
  ctiAt: 'cti_at',
};

/** Changes an agent's columns (inside a transaction that holds its row, see touchAgent). */
export async function updateAgent(db: Db, id: string, changes: AgentChanges): Promise<void> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes))
    if (value !== undefined) row[AGENT_COLUMN[key as keyof AgentChanges]] = value;
  if (Object.keys(row).length) await db('agents').where({ id }).update(row);
}

/**
 * Locks an agent's row for the rest of the transaction and moves its version (the agent's work is about
 * to change), returning the row in the same statement: its own columns only (name, roles, groups and
 * skills come back empty).
 */
export async function touchAgent(db: Db, id: string, at: number): Promise<AgentRecord | undefined> {
  const [row] = await db('agents')
    .where({ id })
    .update({ version: db.raw('version + 1'), updated_at: at })
    .returning('*');
  return row ? toAgent({ ...row, name: '', roles: '[]', groups: '[]', site_id: null }, []) : undefined;
}

/** Stores many new agents at once (their users exist); bulk set-up for seeds and benchmarks. */
export async function insertAgents(db: Db, agents: readonly AgentRecord[]): Promise<void> {
  await insertRows(
    db,
    'agents',
    agents.map((a) => ({
      id: a.id,
      presence: a.presence,
      presence_reason: a.presenceReason,
      presence_since: a.presenceSince,
      capacity: JSON.stringify(a.capacity),
      missed_offers: a.missedOffers,
      idle_since: a.idleSince,
      cti_at: a.ctiAt,
      version: a.version,
      updated_at: a.updatedAt,
    })),
  );
  await insertRows(
    db,
    'agent_skills',
    agents.flatMap((a) => a.skills.map((s) => ({ agent_id: a.id, skill: s.name, level: s.level }))),
  );
}
