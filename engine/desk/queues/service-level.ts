import { ServiceLevelRule, type QueueHour } from '../../../models/index.ts';

/**
 * The one place a service level is computed: a queue's day and each of its hours (and any report over
 * intervals) add up outcome counts and apply the queue's rule here.
 *
 * Live contacts (calls) count when they are answered or abandoned; other work counts when it is
 * completed, as met when it was completed by its SLA deadline (or has none). For live contacts:
 *
 * - `EXCLUDE_SHORT_ABANDONS` (default): answered within the threshold / (offered − abandoned within
 *   `abandonGraceSeconds`). Callers who hang up within seconds (misdials, the IVR greeting) are left
 *   out; every other abandon counts against. The usual contact-centre definition.
 * - `ABANDONS_COUNT_AGAINST`: answered within the threshold / offered. Every abandon counts against.
 * - `IGNORE_ABANDONS`: answered within the threshold / answered. Abandons are left out entirely
 *   (flatters a queue that loses callers; kept for comparison with systems that report it).
 * - `ABANDONS_WITHIN_THRESHOLD_COUNT_FOR`: (answered within + abandoned within the threshold) / offered.
 *   A caller who hung up before the threshold was not failed by the queue (Cisco's "abandoned calls
 *   positively affect service level").
 *
 * "Offered" is answered + abandoned: contacts still waiting count once they end (see `atRisk` for them).
 */
export type OutcomeCounts = Pick<
  QueueHour,
  'answered' | 'answeredWithin' | 'abandoned' | 'abandonedShort' | 'abandonedWithin' | 'completed' | 'completedWithin'
>;

export const DEFAULT_SERVICE_LEVEL_RULE: ServiceLevelRule = ServiceLevelRule.EXCLUDE_SHORT_ABANDONS;
/** Callers who hang up within this many seconds are short abandons, unless the queue says otherwise. */
export const DEFAULT_ABANDON_GRACE_SECONDS = 5;

export const NO_OUTCOMES: OutcomeCounts = {
  answered: 0,
  answeredWithin: 0,
  abandoned: 0,
  abandonedShort: 0,
  abandonedWithin: 0,
  completed: 0,
  completedWithin: 0,
};

/** Adds outcome counts (the hours of a day, the queues of a chart). */
export function addOutcomes(rows: readonly OutcomeCounts[]): OutcomeCounts {
  const sum = { ...NO_OUTCOMES };
  for (const r of rows) for (const k of Object.keys(sum) as (keyof OutcomeCounts)[]) sum[k] += r[k];
  return sum;
}

/** What counts as met and what counts at all, under a rule. */
export function serviceLevelParts(rule: ServiceLevelRule, c: OutcomeCounts): { met: number; counted: number } {
  const met = c.answeredWithin + c.completedWithin;
  const offered = c.answered + c.abandoned;
  switch (rule) {
    case ServiceLevelRule.ABANDONS_COUNT_AGAINST:
      return { met, counted: offered + c.completed };
    case ServiceLevelRule.IGNORE_ABANDONS:
      return { met, counted: c.answered + c.completed };
    case ServiceLevelRule.ABANDONS_WITHIN_THRESHOLD_COUNT_FOR:
      return { met: met + c.abandonedWithin, counted: offered + c.completed };
    default:
      return { met, counted: offered - c.abandonedShort + c.completed };
  }
}

/** The service level, 0..1, under a rule; null when nothing counts yet. */
export function queueServiceLevel(rule: ServiceLevelRule, c: OutcomeCounts): number | null {
  const { met, counted } = serviceLevelParts(rule, c);
  return counted > 0 ? met / counted : null;
}

/** A fraction as a percentage with one decimal (null stays null). */
export function toPercent(fraction: number | null): number | null {
  return fraction === null ? null : Math.round(fraction * 1000) / 10;
}
