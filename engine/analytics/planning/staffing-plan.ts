import {
  findAgent,
  findQueue,
  listRosterShifts,
  presentSpells,
  type RosterShiftRecord,
} from '../../../models/index.ts';
import type { Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { NotFoundError } from '../../core/errors/index.ts';
import { computeStaffing, STAFFING_LIMITS, type StaffingInput } from '../../desk/staffing/index.ts';
import {
  calendarOfSite,
  checkForecastInput,
  computeForecast,
  requirePlanner,
  type Forecast,
} from '../forecast/index.ts';
import { queuePlanningOf } from './queue-planning.ts';
import { shiftWorksAt } from './shift-input.ts';
import { MAX_LISTED_SHIFTS } from './roster.ts';

/** Handle time assumed where the history has arrivals but no finished contact yet. */
export const FALLBACK_HANDLE_SECONDS = 300;

/** One interval of a staffing plan. */
export interface PlanInterval {
  start: number;
  forecastArrivals: number;
  averageHandleSeconds: number;
  closed: boolean;
  /** Agents to schedule (after shrinkage) by Erlang C, and by Erlang A (null without a patience). */
  requiredErlangC: number;
  requiredErlangA: number | null;
  /** Agents needed at work (before shrinkage), Erlang C. */
  agentsErlangC: number;
  /** Shifts working at the interval's middle (breaks left out) that count for the queue. */
  rostered: number;
  /** Agents logged in at the interval's middle (telephony agent events); null for intervals not yet begun. */
  present: number | null;
  /** The StaffingInput the calculator was given (null when nothing is forecast). */
  staffingInput: StaffingInput | null;
}

export interface StaffingPlanInput {
  queue: string;
  site?: string | null;
  from: number;
  to: number;
  intervalMinutes?: number | null;
}

/**
 * The staffing plan (docs/planning.md): per interval the forecast, the staffing calculator's answer for
 * it with the queue's SLA and planning settings, the roster and who was present. Per queue: agents who
 * serve several queues are counted in each, which over-states the need; the simulator answers that.
 */
export async function staffingPlan(
  ctx: EngineContext,
  actor: Actor,
  input: StaffingPlanInput,
): Promise<PlanInterval[]> {
  const checked = checkForecastInput({ ...input, intervalMinutes: input.intervalMinutes ?? 30 });
  const queue = await findQueue(ctx.db, input.queue);
  if (!queue) throw new NotFoundError('Queue', input.queue);
  const site = input.site ?? queue.siteId;
  await requirePlanner(ctx.db, actor, site);
  const forecast: Forecast = await computeForecast(ctx, checked);
  const settings = await queuePlanningOf(ctx, queue.name);
  const cal = await calendarOfSite(ctx.db, site);
  const shifts = (
    await listRosterShifts(ctx.db, { from: checked.from, to: checked.to, limit: MAX_LISTED_SHIFTS * 5 })
  ).filter((s: RosterShiftRecord) => (s.queue === null || s.queue === queue.name) && (!site || s.siteId === site));
  const now = ctx.clock.now();
  const spells = await presentSpells(ctx.db, { from: checked.from, to: Math.min(checked.to, now) });
  const sites = new Map<string, string | null>();
  for (const s of spells)
    if (!sites.has(s.agentId)) sites.set(s.agentId, (await findAgent(ctx.db, s.agentId))?.siteId ?? null);
  const half = (checked.intervalMinutes * 60_000) / 2;
  return forecast.intervals.map((f) => {
    const middle = f.start + half;
    const staffingInput: StaffingInput | null =
      f.closed || f.arrivals <= 0
        ? null
        : {
            arrivalsPerHour: (f.arrivals * 60) / checked.intervalMinutes,
            averageHandleSeconds: Math.max(
              STAFFING_LIMITS.minHandleSeconds,
              f.averageHandleSeconds || FALLBACK_HANDLE_SECONDS,
            ),
            targetSeconds: queue.slaSeconds,
            serviceLevelTarget: Math.min(queue.slaTargetPercent / 100, STAFFING_LIMITS.maxServiceLevelTarget),
            patienceSeconds: settings.patienceSeconds,
            maxOccupancy: settings.maxOccupancy,
            shrinkage: settings.shrinkage,
          };
    const result = staffingInput ? computeStaffing(staffingInput) : null;
    return {
      start: f.start,
      forecastArrivals: f.arrivals,
      averageHandleSeconds: f.averageHandleSeconds,
      closed: f.closed,
      requiredErlangC: result?.erlangC.scheduledAgents ?? 0,
      requiredErlangA: result
        ? (result.erlangA?.scheduledAgents ?? null)
        : settings.patienceSeconds === null
          ? null
          : 0,
      agentsErlangC: result?.erlangC.agents ?? 0,
      rostered: shifts.filter((s) => shiftWorksAt(cal, s, middle)).length,
      present:
        f.start >= now
          ? null
          : new Set(
              spells
                .filter((s) => s.from <= middle && s.to > middle && (!site || sites.get(s.agentId) === site))
                .map((s) => s.agentId),
            ).size,
      staffingInput,
    };
  });
}
