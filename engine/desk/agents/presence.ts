import {
  findAgent,
  findUser,
  heldTasks,
  Presence,
  saveAgent,
  TaskKind,
  type AgentRecord,
} from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { withAgentGuard, DEFAULT_CAPACITY, rescindOffersOf, requeueTask, resumePausedTasks } from '../routing/index.ts';
import { Role, requireRole, type Actor, requireSiteScope, siteScopeOf } from '../../core/access/index.ts';
import { requireWrapUpDispositions } from '../../process/dispositions/index.ts';

/** Input of setPresence. */
export interface SetPresenceInput {
  state: Presence;
  reason?: string | null;
  /** Another agent (supervisors); default the actor. */
  agentId?: string | null;
}

/** The agent row of a user, made with default capacity and no skills the first time a worker goes on line. */
export async function ensureAgent(ctx: EngineContext, userId: string): Promise<AgentRecord> {
  const existing = await findAgent(ctx.db, userId);
  if (existing) return existing;
  const user = await findUser(ctx.db, userId);
  if (!user) throw new NotFoundError('Agent', userId);
  const now = ctx.clock.now();
  await saveAgent(ctx.db, {
    id: userId,
    name: user.name,
    roles: user.roles,
    groups: user.groups,
    siteId: user.siteId,
    skills: [],
    capacity: DEFAULT_CAPACITY,
    presence: Presence.OFFLINE,
    presenceReason: null,
    presenceSince: now,
    missedOffers: 0,
    idleSince: null,
    ctiAt: null,
    version: 0,
    updatedAt: now,
  });
  return (await findAgent(ctx.db, userId)) as AgentRecord;
}

/**
 * Changes an agent's presence. Going OFFLINE withdraws its offers and puts its back-office tasks back in
 * the queue with their age (no task is lost); AWAY withdraws offers only; AVAILABLE clears missed offers,
 * starts the idle clock when it holds nothing and gives back paused tasks.
 */
export async function setPresence(ctx: EngineContext, actor: Actor, input: SetPresenceInput): Promise<AgentRecord> {
  const agentId = input.agentId || actor.userId;
  if (agentId !== actor.userId) requireRole(actor, Role.SUPERVISOR);
  if (!(Object.values(Presence) as string[]).includes(input.state))
    throw new BadInputError(`unknown presence ${input.state}`, { field: 'state' });
  const reason = checkReason(ctx, input);
  const before = await ensureAgent(ctx, agentId);
  if (agentId !== actor.userId)
    requireSiteScope(await siteScopeOf(ctx.db, actor), [before.siteId], `the agent ${agentId}`);
  // An agent ends its own wrap-up only with the codes its queues require; a supervisor may override.
  if (before.presence === Presence.WRAP_UP && input.state !== Presence.WRAP_UP && agentId === actor.userId)
    await requireWrapUpDispositions(ctx, agentId, before.presenceSince);
  input = { ...input, reason };
  const after = await changePresence(ctx, actor.userId, agentId, input);
  // Someone else's presence is a management act; an agent's own and the telephony platform's are operations.
  if (agentId !== actor.userId)
    await recordAudit(ctx, ctx.db, actor, {
      type: 'agent.presence-set',
      subjectType: AuditSubject.AGENT,
      subjectId: agentId,
      before: { presence: before.presence, reason: before.presenceReason },
      after: { presence: after.presence, reason: after.presenceReason },
    });
  return after;
}

/** AWAY reasons come from the configured list (CROSSDESK_PRESENCE_REASONS); other states keep a free note. */
function checkReason(ctx: EngineContext, input: SetPresenceInput): string | null {
  const reason = input.reason?.trim() || null;
  if (input.state === Presence.AWAY && reason !== null && !ctx.options.presenceReasons.includes(reason))
    throw new BadInputError(`reason must be one of ${ctx.options.presenceReasons.join(', ')}`, {
      field: 'reason',
      reasons: ctx.options.presenceReasons,
    });
  return reason;
}

/** Moves an agent's presence, with what follows from it (callers have authorized it; CTI passes the event time). */
export async function changePresence(
  ctx: EngineContext,
  actorId: string | null,
  agentId: string,
  input: Pick<SetPresenceInput, 'state' | 'reason'>,
  via: { ctiAt?: number } = {},
): Promise<AgentRecord> {
  const now = ctx.clock.now();
  const state = input.state;
  const agent = await withAgentGuard(ctx, agentId, async (_trx, current, load) => {
    const changes = {
      presence: state,
      presenceReason: input.reason?.slice(0, 300) ?? null,
      presenceSince: current.presence === state ? current.presenceSince : now,
      missedOffers: state === Presence.AVAILABLE ? 0 : current.missedOffers,
      idleSince:
        state === Presence.AVAILABLE && load.active === 0
          ? (current.idleSince ?? now)
          : state === Presence.OFFLINE
            ? null
            : current.idleSince,
      ...(via.ctiAt === undefined ? {} : { ctiAt: via.ctiAt }),
    };
    return { result: { ...current, ...changes, version: current.version }, changes };
  });
  const changed = agent as AgentRecord;
  // Presence first: an offer accepted after this point is refused (accepting checks presence under
  // the same agent lock), so nothing slips past the sweep below.
  if (state === Presence.OFFLINE || state === Presence.AWAY) await rescindOffersOf(ctx, agentId, `agent went ${state}`);
  if (state === Presence.OFFLINE) {
    for (const task of await heldTasks(ctx.db, agentId))
      if (task.kind !== TaskKind.CALL) await requeueTask(ctx, task, 'agent logged out');
  }
  const saved = (await findAgent(ctx.db, changed.id)) as AgentRecord;
  ctx.events.publish({ type: 'agent.changed', agent: saved });
  if (state === Presence.AVAILABLE) await resumePausedTasks(ctx, agentId, actorId);
  return (await findAgent(ctx.db, agentId)) as AgentRecord;
}
