import { fromJson, type Db } from './db.ts';
import type { Channel } from './tasks/index.ts';

/** A step that widens a waiting task's eligibility once it has waited `afterSeconds`. */
export interface EscalationStep {
  afterSeconds: number;
  lowerSkillLevelBy?: number | null;
  addGroup?: string | null;
  raisePriority?: number | null;
  moveToQueue?: string | null;
  /** Sites whose agents may take the task from this step on, besides those that already may. */
  widenToSites?: string[] | null;
  /** From this step on, agents of any site may take the task. */
  widenToAllSites?: boolean | null;
}

/** How abandoned live contacts count towards a queue's service level (see engine/desk/queues/service-level.ts). */
export const ServiceLevelRule = {
  EXCLUDE_SHORT_ABANDONS: 'EXCLUDE_SHORT_ABANDONS',
  ABANDONS_COUNT_AGAINST: 'ABANDONS_COUNT_AGAINST',
  IGNORE_ABANDONS: 'IGNORE_ABANDONS',
  ABANDONS_WITHIN_THRESHOLD_COUNT_FOR: 'ABANDONS_WITHIN_THRESHOLD_COUNT_FOR',
} as const;
export type ServiceLevelRule = (typeof ServiceLevelRule)[keyof typeof ServiceLevelRule];

/** A ready-made reply: a title to pick it by and its text. */
export interface CannedResponse {
  title: string;
  text: string;
}

/** A named stream of work with its service-level target and routing settings. */
export interface QueueRecord {
  name: string;
  channel: Channel;
  slaSeconds: number;
  slaTargetPercent: number;
  reservationTimeoutSeconds: number;
  agingPerMinute: number;
  pauseReturnSeconds: number;
  maxMissedOffers: number;
  serviceLevelRule: ServiceLevelRule;
  /** Callers who hang up within this many seconds are short abandons (EXCLUDE_SHORT_ABANDONS leaves them out). */
  abandonGraceSeconds: number;
  escalation: EscalationStep[];
  /** The site the queue belongs to; its tasks inherit it (null: no site, any agent). */
  siteId: string | null;
  /** The SLA of its tasks counts the site's business hours, not calendar time. */
  businessHoursSla: boolean;
  /** The codes a wrap-up of this queue's work chooses from; when there are any, a wrap-up needs one. */
  dispositionCodes: string[];
  /** Ready-made reply texts the desk offers for this queue's chat and mail replies. */
  cannedResponses: CannedResponse[];
  createdAt: number;
  updatedAt: number;
}

/** A queues row as a record (also what the change feed recorded of it). */
export const queueFromRow = (r: any): QueueRecord => ({
  name: r.name,
  channel: r.channel,
  slaSeconds: Number(r.sla_seconds),
  slaTargetPercent: Number(r.sla_target_percent),
  reservationTimeoutSeconds: Number(r.reservation_timeout_seconds),
  agingPerMinute: Number(r.aging_per_minute),
  pauseReturnSeconds: Number(r.pause_return_seconds),
  maxMissedOffers: Number(r.max_missed_offers),
  serviceLevelRule: r.service_level_rule ?? ServiceLevelRule.EXCLUDE_SHORT_ABANDONS,
  abandonGraceSeconds: Number(r.abandon_grace_seconds ?? 5),
  escalation: fromJson(r.escalation, []),
  siteId: r.site_id ?? null,
  businessHoursSla: Boolean(r.business_hours_sla),
  dispositionCodes: fromJson(r.disposition_codes, []),
  cannedResponses: fromJson(r.canned_responses, []),
  createdAt: Number(r.created_at),
  updatedAt: Number(r.updated_at),
});

/** Every queue, by name. */
export async function listQueues(db: Db): Promise<QueueRecord[]> {
  return (await db('queues').orderBy('name')).map(queueFromRow);
}

/** One queue. */
export async function findQueue(db: Db, name: string): Promise<QueueRecord | undefined> {
  const row = await db('queues').where({ name }).first();
  return row ? queueFromRow(row) : undefined;
}

/** Inserts or replaces a queue. */
export async function saveQueue(db: Db, q: QueueRecord): Promise<void> {
  const row = {
    name: q.name,
    channel: q.channel,
    sla_seconds: q.slaSeconds,
    sla_target_percent: q.slaTargetPercent,
    reservation_timeout_seconds: q.reservationTimeoutSeconds,
    aging_per_minute: q.agingPerMinute,
    pause_return_seconds: q.pauseReturnSeconds,
    max_missed_offers: q.maxMissedOffers,
    service_level_rule: q.serviceLevelRule,
    abandon_grace_seconds: q.abandonGraceSeconds,
    escalation: JSON.stringify(q.escalation),
    site_id: q.siteId,
    business_hours_sla: q.businessHoursSla,
    disposition_codes: JSON.stringify(q.dispositionCodes),
    canned_responses: JSON.stringify(q.cannedResponses),
    created_at: q.createdAt,
    updated_at: q.updatedAt,
  };
  const { name: _name, created_at: _created, ...changes } = row;
  await db('queues').insert(row).onConflict('name').merge(Object.keys(changes));
}
