import { findForecastAdjustment, findQueue, saveForecastAdjustment, withTransaction } from '../../../models/index.ts';
import type { Actor } from '../../core/access/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { calendarOfSite, isLocalDate } from './calendar.ts';
import { requirePlanner } from './forecast-service.ts';

/** A planner's percentage change to a day's forecast, or to one interval of it (a campaign, a mailing). */
export interface ForecastAdjustmentInput {
  queue: string;
  channel?: string | null;
  site?: string | null;
  /** Local date YYYY-MM-DD of the site. */
  date: string;
  /** Start of one interval of that date (epoch ms); absent: the whole day. */
  intervalStart?: number | null;
  /** −100 (nothing arrives) to +1000; 0 removes the adjustment. */
  percent: number;
  reason?: string | null;
}

/** Stores (replaces) the adjustment and audits it in the same transaction. */
export async function adjustForecast(
  ctx: EngineContext,
  actor: Actor,
  input: ForecastAdjustmentInput,
): Promise<boolean> {
  const queue = await findQueue(ctx.db, input.queue);
  if (!queue) throw new NotFoundError('Queue', input.queue);
  const site = input.site ?? queue.siteId;
  await requirePlanner(ctx.db, actor, site);
  const cal = await calendarOfSite(ctx.db, site);
  if (!isLocalDate(cal, input.date)) throw new BadInputError('date must be a date YYYY-MM-DD', { field: 'date' });
  if (!Number.isFinite(input.percent) || input.percent < -100 || input.percent > 1000)
    throw new BadInputError('percent must be -100 to 1000', { field: 'percent', min: -100, max: 1000 });
  const intervalStart = input.intervalStart ?? null;
  if (intervalStart !== null) {
    if (cal.dateOf(intervalStart) !== input.date)
      throw new BadInputError('intervalStart must lie on date (the site calendar)', { field: 'intervalStart' });
  }
  if ((input.reason ?? '').length > 500) throw new BadInputError('reason: at most 500 characters', { field: 'reason' });
  const record = {
    queue: queue.name,
    channel: input.channel ?? queue.channel,
    siteId: site ?? '',
    date: input.date,
    intervalStart,
    percent: input.percent,
    reason: input.reason ?? null,
    createdBy: actor.userId,
    createdAt: ctx.clock.now(),
  };
  await withTransaction(ctx.db, async (trx) => {
    const before = await findForecastAdjustment(trx, record);
    await saveForecastAdjustment(trx, record);
    await recordAudit(ctx, trx, actor, {
      type: 'forecast.adjusted',
      subjectType: AuditSubject.FORECAST,
      subjectId: queue.name,
      before: before ? pick(before) : null,
      after: record.percent === 0 ? null : pick(record),
    });
  });
  return true;
}

const pick = (a: {
  channel: string;
  siteId: string;
  date: string;
  intervalStart: number | null;
  percent: number;
  reason: string | null;
}) => ({
  channel: a.channel,
  site: a.siteId || null,
  date: a.date,
  intervalStart: a.intervalStart === null ? null : new Date(a.intervalStart).toISOString(),
  percent: a.percent,
  reason: a.reason,
});
