/**
 * The Planning page's GraphQL documents and pure helpers (scenario for "simulate this day", roster text
 * parsing), kept apart from the page so they can be unit-tested without a browser.
 */
import { graphql } from '../generated/index.ts';

export const PLANNING_QUEUES = graphql(`
  query PlanningQueues {
    queues {
      name
      channel
      slaSeconds
      site {
        timeZone
      }
    }
  }
`);

export const PLANNING_VIEW = graphql(`
  query PlanningView($queue: String!, $from: DateTime!, $to: DateTime!, $interval: Int) {
    forecast(input: { queue: $queue, from: $from, to: $to, intervalMinutes: $interval }) {
      timeZone
      intervals {
        start
        arrivals
        closed
      }
      history {
        start
        arrivals
      }
      accuracy {
        wape
        baselineWape
        folds
      }
    }
    staffingPlan(queue: $queue, from: $from, to: $to, intervalMinutes: $interval) {
      start
      forecastArrivals
      averageHandleSeconds
      requiredErlangC
      requiredErlangA
      rostered
      present
      gap
    }
    rosterShifts(from: $from, to: $to) {
      id
      agentId
      date
      start
      end
      queue
      breaks {
        start
        end
      }
    }
    queuePlanning(queue: $queue) {
      patienceSeconds
    }
  }
`);

export const UPSERT_SHIFT = graphql(`
  mutation PlanningUpsertShift($input: RosterShiftInput!) {
    upsertRosterShift(input: $input) {
      id
    }
  }
`);
export const DELETE_SHIFT = graphql(`
  mutation PlanningDeleteShift($id: ID!) {
    deleteRosterShift(id: $id)
  }
`);
export const IMPORT_ROSTER = graphql(`
  mutation PlanningImportRoster($csv: String!) {
    importRoster(csv: $csv)
  }
`);
export const ADJUST_FORECAST = graphql(`
  mutation PlanningAdjustForecast($input: ForecastAdjustmentInput!) {
    adjustForecast(input: $input)
  }
`);
export const SIMULATE = graphql(`
  mutation PlanningSimulate($scenario: JSON!) {
    simulate(scenario: $scenario) {
      id
    }
  }
`);
export const SIMULATION_RUN = graphql(`
  query PlanningSimulationRun($id: ID!) {
    simulationRun(id: $id) {
      id
      state
      progress
      result
      error
    }
  }
`);

/** The policies "simulate this day" compares. */
export const POLICIES = ['BLENDED', 'BLENDED_NO_RESERVE', 'SEPARATE'] as const;

/** "12:00-12:30; 15:00-15:15" as breaks (blank parts ignored). */
export function parseBreaks(text: string): { start: string; end: string }[] {
  return text
    .split(/[;,]/)
    .map((b) => b.trim())
    .filter(Boolean)
    .map((b) => {
      const [start = '', end = ''] = b.split('-').map((x) => x.trim());
      return { start, end };
    });
}

export const formatBreaks = (breaks: readonly { start: string; end: string }[]) =>
  breaks.map((b) => `${b.start}-${b.end}`).join('; ');

interface DayInterval {
  start: string;
  forecastArrivals: number;
  averageHandleSeconds: number;
}
interface DayShift {
  start: string;
  end: string;
}

/**
 * A `simulate` scenario for one day: the queue's forecast as its arrival curve (per hour, from the day's
 * start), the day's handle time weighted by arrivals, and one agent per rostered shift (breaks are left
 * out: the simulator's shifts are whole). Agents are on the VOICE team (SEPARATE needs a team).
 */
export function dayScenario(
  day: { start: number; queue: string; channel: string; targetSeconds: number; patienceSeconds: number | null },
  intervals: readonly DayInterval[],
  shifts: readonly DayShift[],
  policy: string,
): Record<string, unknown> {
  const hour = (t: number) => Math.min(24, Math.max(0, (t - day.start) / 3_600_000));
  const arrivals = intervals.map((i) => ({ start: hour(Date.parse(i.start)), perHour: 0, n: i.forecastArrivals }));
  const step = intervals.length > 1 ? hour(Date.parse(intervals[1].start)) - hour(Date.parse(intervals[0].start)) : 1;
  const total = intervals.reduce((a, i) => a + i.forecastArrivals, 0);
  const aht = total ? intervals.reduce((a, i) => a + i.forecastArrivals * i.averageHandleSeconds, 0) / total : 300;
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) + Number(hhmm.slice(3, 5)) / 60;
  return {
    seed: 1,
    hours: 24,
    policy,
    queues: [
      {
        name: day.queue,
        channel: day.channel,
        arrivals: arrivals
          .filter((a, i) => i === 0 || a.start > arrivals[i - 1].start)
          .map((a) => ({ start: a.start, perHour: a.n / step })),
        averageHandleSeconds: Math.max(1, aht),
        targetSeconds: day.targetSeconds,
        patienceSeconds: day.patienceSeconds,
      },
    ],
    agents: shifts.map((s) => {
      const start = minutes(s.start);
      const end = minutes(s.end) <= start ? 24 : minutes(s.end);
      return { count: 1, team: 'VOICE', shift: { start, end } };
    }),
  };
}

const parts = (instant: number, zone: string) => {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => f.find((p) => p.type === type)?.value ?? '';
  return { date: `${get('year')}-${get('month')}-${get('day')}`, time: `${get('hour')}:${get('minute')}` };
};

/** The local date YYYY-MM-DD of an instant in a time zone (the plan's site). */
export const zoneDate = (instant: number, zone: string) => parts(instant, zone).date;
/** The local HH:MM of an instant in a time zone. */
export const zoneTime = (instant: number, zone: string) => parts(instant, zone).time;

/** The instant a local date begins in a time zone (a midnight lost to daylight saving moves forward). */
export function zoneMidnight(date: string, zone: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let guess = wall;
  // Two corrections by the zone's offset at the guess settle any zone, DST days included.
  for (let i = 0; i < 2; i++) {
    const [d, t] = [zoneDate(guess, zone), zoneTime(guess, zone)];
    const shown = Date.parse(`${d}T${t}:00Z`);
    guess += wall - shown;
  }
  return guess;
}
