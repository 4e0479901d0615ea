import {
  findAgent,
  findLatestQueueTasks,
  findQueue,
  listQueues,
  listRosterShifts,
  waitingBacklog,
  type QueueRecord,
} from '../../../models/index.ts';
import type { Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, NotFoundError } from '../../core/errors/index.ts';
import { DEFAULT_CAPACITY } from '../../desk/routing/index.ts';
import { Policy } from '../../desk/simulation/index.ts';
import { STAFFING_LIMITS } from '../../desk/staffing/index.ts';
import { calendarOfSite, checkForecastInput, computeForecast, isLocalDate, requirePlanner } from '../forecast/index.ts';
import { buildDayScenario, type DayAgent, type DayQueue } from './day-scenario.ts';
import { queuePlanningOf } from './queue-planning.ts';
import { MAX_LISTED_SHIFTS } from './roster.ts';
import { FALLBACK_HANDLE_SECONDS } from './staffing-plan.ts';
import { breakSpans } from './shift-input.ts';

const DAY = 86_400_000;

export interface DaySimulationInput {
  /** A queue of the site (the site is the queue's); or the site itself. */
  queue?: string | null;
  site?: string | null;
  /** Local date YYYY-MM-DD in the site's zone. */
  date: string;
  intervalMinutes?: number | null;
  policy?: Policy | null;
}

/** The site of the day: the one named, else the queue's. */
async function siteOf(ctx: EngineContext, input: DaySimulationInput): Promise<string | null> {
  if (input.site) return input.site;
  if (!input.queue) throw new BadInputError('name a queue or a site', { field: 'queue' });
  const queue = await findQueue(ctx.db, input.queue);
  if (!queue) throw new NotFoundError('Queue', input.queue);
  return queue.siteId;
}

async function dayQueues(
  ctx: EngineContext,
  queues: QueueRecord[],
  range: { from: number; to: number; site: string | null; intervalMinutes: number },
): Promise<DayQueue[]> {
  const names = queues.map((q) => q.name);
  const latest = await findLatestQueueTasks(ctx.db, names);
  // The work waiting now is what the day starts with (a past day's backlog is not known: none then).
  const backlog = range.from + DAY > ctx.clock.now() ? await waitingBacklog(ctx.db, names) : new Map();
  const out: DayQueue[] = [];
  for (const q of queues) {
    const input = checkForecastInput({ queue: q.name, ...range });
    const forecast = await computeForecast(ctx, input);
    const waiting = backlog.get(q.name);
    out.push({
      name: q.name,
      channel: q.channel,
      slaSeconds: q.slaSeconds,
      serviceLevelTarget: Math.min(q.slaTargetPercent / 100, STAFFING_LIMITS.maxServiceLevelTarget),
      patienceSeconds: (await queuePlanningOf(ctx, q.name)).patienceSeconds,
      skills: latest.get(q.name)?.skills.map((s) => ({ name: s.name, level: s.level })) ?? [],
      intervals: forecast.intervals.map((i) => ({ ...i })),
      backlog: waiting?.count ?? 0,
      backlogAgeSeconds: waiting ? Math.max(0, (ctx.clock.now() - waiting.oldestAt) / 1000) : 0,
    });
  }
  return out;
}

/**
 * The scenario of a site's day for `simulate` (docs/planning.md "Simulating a day"): every queue of the
 * site with its forecast, the back-office backlog, and the roster's shifts working that day (night shifts
 * of the day before included) with the agents' own skills, capacities and breaks. Planners only.
 */
export async function daySimulationScenario(
  ctx: EngineContext,
  actor: Actor,
  input: DaySimulationInput,
): Promise<Record<string, unknown>> {
  const site = await siteOf(ctx, input);
  await requirePlanner(ctx.db, actor, site);
  const cal = await calendarOfSite(ctx.db, site);
  if (!isLocalDate(cal, input.date)) throw new BadInputError('date must be YYYY-MM-DD', { field: 'date' });
  const from = cal.at(input.date, 0);
  const to = cal.at(cal.nextDate(input.date), 0);
  const intervalMinutes = input.intervalMinutes ?? 30;
  const queues = (await listQueues(ctx.db)).filter((q) => q.siteId === site);
  if (queues.length === 0) throw new BadInputError('the site has no queue to simulate', { field: 'site' });
  const shifts = (await listRosterShifts(ctx.db, { from, to, siteId: site, limit: MAX_LISTED_SHIFTS * 5 })).filter(
    (s) => s.siteId === site,
  );
  const agents: DayAgent[] = [];
  for (const s of shifts) {
    const agent = await findAgent(ctx.db, s.agentId);
    agents.push({
      id: s.agentId,
      skills: agent?.skills.map((k) => ({ name: k.name, level: k.level })) ?? [],
      capacity: agent?.capacity ?? { ...DEFAULT_CAPACITY },
      queue: s.queue,
      startsAt: s.startsAt,
      endsAt: s.endsAt,
      breaks: breakSpans(cal, s),
    });
  }
  return buildDayScenario(
    {
      dayStart: from,
      dayEnd: to,
      intervalMinutes,
      fallbackHandleSeconds: FALLBACK_HANDLE_SECONDS,
      queues: await dayQueues(ctx, queues, { from, to, site, intervalMinutes }),
      agents,
    },
    input.policy ?? Policy.BLENDED,
  );
}
