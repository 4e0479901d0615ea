/**
 * The Planning page's GraphQL documents and pure helpers (the policy comparison of "simulate this day",
 * roster text parsing), kept apart from the page so they can be unit-tested without a browser.
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
export const DAY_SCENARIO = graphql(`
  query PlanningDayScenario($date: String!, $queue: String, $interval: Int) {
    daySimulationScenario(date: $date, queue: $queue, intervalMinutes: $interval)
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

/** The part of a simulation result the comparison shows (docs/planning.md, Simulator). */
export interface SimResult {
  queues?: {
    channel?: string;
    offered?: number;
    answered?: number;
    completed?: number;
    serviceLevel?: number | null;
    averageSpeedOfAnswerSeconds?: number | null;
    abandoned?: number;
  }[];
  agents?: { occupancy?: number };
}

const live = (channel?: string) => channel === 'VOICE' || channel === 'CHAT';

/**
 * One policy's row of the comparison: the live queues' service level (weighted by offered) and speed of
 * answer (by answered), their abandons, the work items completed, and the agents' occupancy.
 */
export function policySummary(r: SimResult | null) {
  const qs = r?.queues ?? [];
  const calls = qs.filter((q) => live(q.channel));
  const offered = calls.reduce((n, q) => n + (q.offered ?? 0), 0);
  const answered = calls.reduce((n, q) => n + (q.answered ?? 0), 0);
  return {
    serviceLevel: offered ? calls.reduce((n, q) => n + (q.serviceLevel ?? 0) * (q.offered ?? 0), 0) / offered : null,
    asa: answered
      ? calls.reduce((n, q) => n + (q.averageSpeedOfAnswerSeconds ?? 0) * (q.answered ?? 0), 0) / answered
      : 0,
    abandoned: calls.reduce((n, q) => n + (q.abandoned ?? 0), 0),
    backOffice: qs.filter((q) => !live(q.channel)).reduce((n, q) => n + (q.completed ?? 0), 0),
    occupancy: r?.agents?.occupancy ?? null,
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
