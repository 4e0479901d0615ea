import { Presence, type AgentRecord, type Capacity, type QueueRecord, type TaskRecord } from '../../../models/index.ts';
import { newTask } from '../../process/runtime/index.ts';
import { Policy, Team, isLive, type SimAgents, type SimQueue } from './scenario.ts';

/**
 * The rows a simulation puts into the in-memory routing store: the same records the production router
 * reads from SQL, so routing cannot tell a simulated day from a real one.
 */
export function queueRecord(q: SimQueue): QueueRecord {
  return {
    name: q.name,
    channel: q.channel,
    // Live queues: the reserve's service-level target; work items: the priority's urgency horizon.
    slaSeconds: isLive(q) ? Math.max(1, q.targetSeconds) : (q.slaSeconds ?? 3600),
    slaTargetPercent: q.serviceLevelTarget * 100,
    reservationTimeoutSeconds: 15,
    agingPerMinute: q.agingPerMinute,
    pauseReturnSeconds: 900,
    maxMissedOffers: 3,
    serviceLevelRule: 'ABANDONS_COUNT_AGAINST',
    abandonGraceSeconds: 0,
    siteId: null,
    businessHoursSla: false,
    escalation: q.escalation,
    dispositionCodes: [],
    cannedResponses: [],
    createdAt: 0,
    updatedAt: 0,
  };
}

/** Under SEPARATE a team's agents take only their team's channels. */
export function teamCapacity(group: SimAgents, policy: Policy): Capacity {
  const c = { ...group.capacity };
  if (policy !== Policy.SEPARATE) return c;
  if (group.team === Team.VOICE) return { ...c, EMAIL: 0, BACKOFFICE: 0 };
  return { ...c, VOICE: 0, CHAT: 0 };
}

/** An agent before its shift: offline. */
export function agentRecord(id: string, group: SimAgents, policy: Policy, now: number): AgentRecord {
  return {
    id,
    name: id,
    roles: ['agent'],
    groups: group.team ? [group.team] : [],
    siteId: null,
    skills: group.skills.map((s) => ({ ...s })),
    capacity: teamCapacity(group, policy),
    presence: Presence.OFFLINE,
    presenceReason: null,
    presenceSince: now,
    missedOffers: 0,
    idleSince: null,
    ctiAt: null,
    version: 1,
    updatedAt: now,
  };
}

/** A queued contact or work item of the queue, created at `createdAt` (earlier than now for a backlog). */
export function taskRecord(id: string, q: SimQueue, createdAt: number): TaskRecord {
  return newTask({
    id,
    executionId: `sim:${id}`,
    name: id,
    channel: q.channel,
    priority: q.priority,
    skills: q.skills.map((s) => ({ ...s })),
    queue: q.name,
    interruptible: q.interruptible,
    slaDueAt: q.slaSeconds === null ? null : createdAt + q.slaSeconds * 1000,
    createdAt,
    enqueuedAt: createdAt,
    version: 1,
  });
}
