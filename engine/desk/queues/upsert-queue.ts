import {
  Channel,
  ensureGroups,
  findQueue,
  saveQueue,
  withTransaction,
  ServiceLevelRule,
  type EscalationStep,
  type CannedResponse,
  type QueueRecord,
} from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { checkCannedResponses, checkDispositionCodes } from './wrap-up-lists.ts';
import { DEFAULT_ABANDON_GRACE_SECONDS, DEFAULT_SERVICE_LEVEL_RULE } from './service-level.ts';
import { Role, requireRole, requireSiteScope, siteScopeOf, type Actor } from '../../core/access/index.ts';
import { checkSiteId, requireKnownSite } from '../../core/sites/index.ts';

/** Input of upsertQueue; what is left out keeps its current value (or the default for a new queue). */
export interface QueueInput {
  name: string;
  channel?: Channel | null;
  slaSeconds?: number | null;
  slaTargetPercent?: number | null;
  reservationTimeoutSeconds?: number | null;
  agingPerMinute?: number | null;
  pauseReturnSeconds?: number | null;
  maxMissedOffers?: number | null;
  serviceLevelRule?: ServiceLevelRule | null;
  abandonGraceSeconds?: number | null;
  escalation?: EscalationStep[] | null;
  /** The queue's site; null or "" clears it, undefined leaves it. */
  site?: string | null;
  businessHoursSla?: boolean | null;
  /** Replaces the list; [] clears it (wrap-ups then need no code). */
  dispositionCodes?: string[] | null;
  cannedResponses?: CannedResponse[] | null;
}

/** Settings of a queue nobody configured: 80% within 20 s for live work, 4 h for back-office work. */
export function defaultQueue(name: string, channel: Channel, now: number): QueueRecord {
  const live = channel === Channel.VOICE || channel === Channel.CHAT;
  return {
    name,
    channel,
    slaSeconds: live ? 20 : 4 * 3600,
    slaTargetPercent: 80,
    reservationTimeoutSeconds: live ? 15 : 60,
    agingPerMinute: live ? 10 : 1,
    pauseReturnSeconds: 900,
    maxMissedOffers: 3,
    serviceLevelRule: DEFAULT_SERVICE_LEVEL_RULE,
    abandonGraceSeconds: DEFAULT_ABANDON_GRACE_SECONDS,
    siteId: null,
    businessHoursSla: false,
    escalation: [],
    dispositionCodes: [],
    cannedResponses: [],
    createdAt: now,
    updatedAt: now,
  };
}

function int(value: number, field: string, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max)
    throw new BadInputError(`${field} must be an integer ${min}-${max}`, { field });
  return value;
}

function checkSteps(steps: EscalationStep[]): EscalationStep[] {
  let last = -1;
  return steps.map((s, i) => {
    const field = `escalation[${i}]`;
    int(s.afterSeconds, `${field}.afterSeconds`, 0, 365 * 86400);
    if (s.afterSeconds <= last)
      throw new BadInputError(`${field}: steps must come in increasing afterSeconds`, { field });
    last = s.afterSeconds;
    if (s.lowerSkillLevelBy != null) int(s.lowerSkillLevelBy, `${field}.lowerSkillLevelBy`, 1, 9);
    if (s.raisePriority != null) int(s.raisePriority, `${field}.raisePriority`, 1, 1000);
    const sites = s.widenToSites?.length ? [...new Set(s.widenToSites)] : null;
    for (const site of sites ?? []) checkSiteId(site, `${field}.widenToSites`);
    if (!s.lowerSkillLevelBy && !s.addGroup && !s.raisePriority && !s.moveToQueue && !sites && !s.widenToAllSites)
      throw new BadInputError(`${field} changes nothing`, { field });
    return {
      afterSeconds: s.afterSeconds,
      lowerSkillLevelBy: s.lowerSkillLevelBy ?? null,
      addGroup: s.addGroup || null,
      raisePriority: s.raisePriority ?? null,
      moveToQueue: s.moveToQueue || null,
      widenToSites: sites,
      widenToAllSites: s.widenToAllSites ?? null,
    };
  });
}

/** Validates a queue input over its current settings. */
export function buildQueue(current: QueueRecord, input: QueueInput, now: number): QueueRecord {
  const pick = <T>(v: T | null | undefined, d: T) => (v === null || v === undefined ? d : v);
  const channel = pick(input.channel, current.channel);
  if (!(Object.values(Channel) as string[]).includes(channel))
    throw new BadInputError(`unknown channel ${channel}`, { field: 'channel' });
  const rule = pick(input.serviceLevelRule, current.serviceLevelRule);
  if (!(Object.values(ServiceLevelRule) as string[]).includes(rule))
    throw new BadInputError(`unknown service level rule ${rule}`, { field: 'serviceLevelRule' });
  const aging = pick(input.agingPerMinute, current.agingPerMinute);
  if (!Number.isFinite(aging) || aging < 0 || aging > 1000)
    throw new BadInputError('agingPerMinute must be 0-1000', { field: 'agingPerMinute' });
  return {
    ...current,
    channel,
    slaSeconds: int(pick(input.slaSeconds, current.slaSeconds), 'slaSeconds', 1, 365 * 86400),
    slaTargetPercent: int(pick(input.slaTargetPercent, current.slaTargetPercent), 'slaTargetPercent', 1, 100),
    reservationTimeoutSeconds: int(
      pick(input.reservationTimeoutSeconds, current.reservationTimeoutSeconds),
      'reservationTimeoutSeconds',
      1,
      86400,
    ),
    agingPerMinute: aging,
    pauseReturnSeconds: int(
      pick(input.pauseReturnSeconds, current.pauseReturnSeconds),
      'pauseReturnSeconds',
      0,
      7 * 86400,
    ),
    maxMissedOffers: int(pick(input.maxMissedOffers, current.maxMissedOffers), 'maxMissedOffers', 1, 100),
    serviceLevelRule: rule,
    abandonGraceSeconds: int(
      pick(input.abandonGraceSeconds, current.abandonGraceSeconds),
      'abandonGraceSeconds',
      0,
      3600,
    ),
    escalation: input.escalation ? checkSteps(input.escalation) : current.escalation,
    siteId: input.site === undefined ? current.siteId : input.site || null,
    businessHoursSla: pick(input.businessHoursSla, current.businessHoursSla),
    dispositionCodes: input.dispositionCodes ? checkDispositionCodes(input.dispositionCodes) : current.dispositionCodes,
    cannedResponses: input.cannedResponses ? checkCannedResponses(input.cannedResponses) : current.cannedResponses,
    updatedAt: now,
  };
}

/** Creates or changes a queue (supervisors, admins). */
export async function upsertQueue(ctx: EngineContext, actor: Actor | null, input: QueueInput): Promise<QueueRecord> {
  if (actor) requireRole(actor, Role.SUPERVISOR);
  if (!/^[A-Za-z0-9_.-]{1,200}$/.test(input.name ?? ''))
    throw new BadInputError('queue name must be 1-200 letters, digits, _ . -', { field: 'name' });
  const now = ctx.clock.now();
  const existing = await findQueue(ctx.db, input.name);
  const current = existing ?? defaultQueue(input.name, input.channel ?? Channel.BACKOFFICE, now);
  const queue = buildQueue(current, input, now);
  for (const step of queue.escalation) {
    if (step.moveToQueue === queue.name)
      throw new BadInputError('an escalation step cannot move a task to its own queue', { field: 'escalation' });
  }
  await withTransaction(ctx.db, async (trx) => {
    await requireKnownSite(trx, queue.siteId, 'site');
    for (const site of new Set(queue.escalation.flatMap((s) => s.widenToSites ?? [])))
      await requireKnownSite(trx, site, 'escalation');
    // A supervisor of particular sites keeps to their queues, and moves a queue only between them.
    if (actor)
      requireSiteScope(
        await siteScopeOf(trx, actor),
        existing ? [existing.siteId, queue.siteId] : [queue.siteId],
        `the queue ${queue.name}`,
      );
    // Escalation steps name groups by id: the ones not yet records come into being, like upsertAgent's.
    const added = queue.escalation.flatMap((s) => (s.addGroup ? [s.addGroup] : []));
    for (const id of await ensureGroups(trx, added, now))
      await recordAudit(ctx, trx, actor, {
        type: 'group.created',
        subjectType: AuditSubject.GROUP,
        subjectId: id,
        before: null,
        after: { id, name: id, members: [] },
      });
    await saveQueue(trx, queue);
    const { updatedAt: _u, createdAt: _c, ...after } = queue;
    const before = existing && (({ updatedAt: _bu, createdAt: _bc, ...rest }) => rest)(existing);
    await recordAudit(ctx, trx, actor, {
      type: existing ? 'queue.changed' : 'queue.created',
      subjectType: AuditSubject.QUEUE,
      subjectId: queue.name,
      before: before ?? null,
      after,
    });
  });
  ctx.events.publish({ type: 'queue.changed', queue });
  return queue;
}
