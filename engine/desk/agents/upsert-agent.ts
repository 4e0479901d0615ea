import {
  ensureGroups,
  findAgent,
  findUser,
  Presence,
  saveAgent,
  upsertUser,
  withTransaction,
  type AgentRecord,
  type AgentSkill,
  type Capacity,
  type UserRecord,
} from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { DEFAULT_CAPACITY } from '../routing/index.ts';
import { requireKnownSite } from '../../core/sites/index.ts';
import { ALL_ROLES, Role, type Actor, authorizeUserChange } from '../../core/access/index.ts';

/** Input of upsertAgent; what is left out keeps its current value. */
export interface AgentInput {
  id: string;
  name?: string | null;
  email?: string | null;
  roles?: string[] | null;
  groups?: string[] | null;
  skills?: AgentSkill[] | null;
  capacity?: { [K in keyof Capacity]?: number | null } | null;
  /** The agent's site; null or "" clears it, undefined leaves it. */
  site?: string | null;
}

const SKILL_NAME = /^[A-Za-z0-9_.-]{1,100}$/;

function checkSkills(skills: AgentSkill[]): AgentSkill[] {
  const seen = new Set<string>();
  for (const s of skills) {
    if (!SKILL_NAME.test(s.name))
      throw new BadInputError(`skill name "${s.name}" must be 1-100 letters, digits, _ . -`, {
        field: 'skills',
        skill: s.name,
      });
    if (!Number.isInteger(s.level) || s.level < 1 || s.level > 10)
      throw new BadInputError(`skill ${s.name}: level must be 1-10`, { field: 'skills', skill: s.name });
    if (seen.has(s.name)) throw new BadInputError(`skill ${s.name} is named twice`, { field: 'skills', skill: s.name });
    seen.add(s.name);
  }
  return skills;
}

function checkCapacity(base: Capacity, input: AgentInput['capacity']): Capacity {
  const capacity = { ...base };
  for (const [key, value] of Object.entries(input ?? {})) {
    if (value === null || value === undefined) continue;
    if (!Number.isInteger(value) || value < 0 || value > 100)
      throw new BadInputError(`capacity ${key} must be an integer 0-100`, { field: `capacity.${key}` });
    capacity[key as keyof Capacity] = value;
  }
  if (capacity.VOICE > 1)
    throw new BadInputError('capacity VOICE is at most 1: a call takes the whole agent', { field: 'capacity.VOICE' });
  if (capacity.total < 1) throw new BadInputError('capacity total must be at least 1', { field: 'capacity.total' });
  return capacity;
}

/** An agent as the audit trail shows it: what people change, not presence or counters. */
const agentView = (a: AgentRecord, u: UserRecord | undefined) => ({
  id: a.id,
  name: u?.name ?? a.name,
  email: u?.email ?? null,
  roles: u?.roles ?? a.roles,
  groups: u?.groups ?? a.groups,
  site: u?.siteId ?? a.siteId,
  skills: a.skills,
  capacity: a.capacity,
});

/**
 * Creates or changes an agent: the user (created when missing, with the `agent` role unless roles are
 * given), skills, groups and capacity. Presence is left alone. Who may do which part is the role
 * matrix's (engine/core/access/role-matrix.ts): changing an existing agent always counts as editing its skills
 * and capacity, so nobody else than those allowed to manage the user reaches it at all.
 */
export async function upsertAgent(ctx: EngineContext, actor: Actor, input: AgentInput): Promise<AgentRecord> {
  if (!/^[A-Za-z0-9._@-]{1,100}$/.test(input.id ?? ''))
    throw new BadInputError('agent id must be 1-100 letters, digits, . _ @ -', { field: 'id' });
  const roles = input.roles ?? undefined;
  const unknown = (roles ?? []).filter((r) => !(ALL_ROLES as readonly string[]).includes(r));
  if (unknown.length) throw new BadInputError(`unknown roles: ${unknown.join(', ')}`, { field: 'roles' });
  const skills = input.skills ? checkSkills(input.skills) : undefined;
  const now = ctx.clock.now();
  const site = input.site === undefined ? undefined : input.site || null;
  const saved = await withTransaction(ctx.db, async (trx) => {
    await requireKnownSite(trx, site ?? null);
    const user = await authorizeUserChange(trx, actor, {
      userId: input.id,
      roles: roles && [...new Set(roles)],
      rolesWhenCreated: [Role.AGENT],
      skills: true,
      groups: input.groups != null,
      profile: input.name != null || input.email != null,
      site,
    });
    const existing = await findAgent(trx, input.id);
    const name = input.name?.trim() || user?.name || input.id;
    const agent: AgentRecord = {
      id: input.id,
      name,
      roles: roles ? [...new Set(roles)] : (user?.roles ?? [Role.AGENT]),
      groups: input.groups ?? user?.groups ?? [],
      siteId: site === undefined ? (user?.siteId ?? null) : site,
      skills: skills ?? existing?.skills ?? [],
      capacity: checkCapacity(existing?.capacity ?? DEFAULT_CAPACITY, input.capacity),
      presence: existing?.presence ?? Presence.OFFLINE,
      presenceReason: existing?.presenceReason ?? null,
      presenceSince: existing?.presenceSince ?? now,
      missedOffers: existing?.missedOffers ?? 0,
      idleSince: existing?.idleSince ?? null,
      ctiAt: existing?.ctiAt ?? null,
      version: (existing?.version ?? -1) + 1,
      updatedAt: now,
    };
    // upsertAgent predates groups as records: the groups it names come into being, audited as created.
    for (const id of await ensureGroups(trx, agent.groups, now))
      await recordAudit(ctx, trx, actor, {
        type: 'group.created',
        subjectType: AuditSubject.GROUP,
        subjectId: id,
        before: null,
        after: { id, name: id, members: [] },
      });
    await upsertUser(trx, {
      id: agent.id,
      name,
      email: input.email ?? user?.email ?? null,
      roles: agent.roles,
      groups: agent.groups,
      active: user?.active ?? true,
      createdAt: user?.createdAt ?? now,
      siteId: agent.siteId,
    });
    await saveAgent(trx, agent);
    const saved = (await findAgent(trx, agent.id)) as AgentRecord;
    await recordAudit(ctx, trx, actor, {
      type: existing ? 'agent.changed' : 'agent.created',
      subjectType: AuditSubject.AGENT,
      subjectId: agent.id,
      before: existing ? agentView(existing, user) : null,
      after: agentView(saved, await findUser(trx, agent.id)),
    });
    return saved;
  });
  ctx.events.publish({ type: 'agent.changed', agent: saved });
  return saved;
}
