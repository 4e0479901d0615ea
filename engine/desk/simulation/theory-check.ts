import { erlangAFigures, erlangCFigures } from '../staffing/index.ts';
import { checkScenario } from './check-scenario.ts';
import { DEFAULT_SIMULATION_LIMITS } from './limits.ts';
import { simulate } from './simulate.ts';

/** One M/M/c (or M/M/c+M with a patience) queue, simulated over seeds and set beside the formula. */
export interface TheoryCase {
  arrivalsPerHour: number;
  averageHandleSeconds: number;
  agents: number;
  targetSeconds: number;
  /** Mean patience: Erlang A; absent: Erlang C. */
  patienceSeconds?: number;
  seeds: number;
  callsPerSeed: number;
}

/** A mean over seeds with the half-width of its 95% confidence interval (Student t). */
export interface Estimate {
  mean: number;
  halfWidth: number;
}

export interface TheoryComparison {
  model: 'ERLANG_C' | 'ERLANG_A';
  theory: { serviceLevel: number; averageSpeedOfAnswerSeconds: number; abandonProbability: number };
  serviceLevel: Estimate;
  averageSpeedOfAnswerSeconds: Estimate;
  abandonRate: Estimate;
  wallMs: number;
}

// Two-sided 97.5% quantiles of Student's t by degrees of freedom (1..30); beyond, the normal's.
const T975 = [
  12.71, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11,
  2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

function estimate(xs: number[]): Estimate {
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / Math.max(1, xs.length - 1));
  return { mean, halfWidth: ((T975[xs.length - 2] ?? 1.96) * sd) / Math.sqrt(xs.length) };
}

/**
 * Simulates the queue with instant accepts (one hour of warm-up, not counted, then enough hours for
 * `callsPerSeed` calls) for each seed and compares the mean with Erlang C or Erlang A.
 */
export async function checkAgainstTheory(c: TheoryCase): Promise<TheoryComparison> {
  const started = performance.now();
  const hours = 1 + c.callsPerSeed / c.arrivalsPerHour;
  const limits = { ...DEFAULT_SIMULATION_LIMITS, maxHours: Math.ceil(hours), maxContacts: c.callsPerSeed * 2 };
  const sl: number[] = [];
  const asa: number[] = [];
  const abandon: number[] = [];
  for (let seed = 1; seed <= c.seeds; seed += 1) {
    const scenario = checkScenario(
      {
        seed,
        hours,
        warmupHours: 1,
        intervalMinutes: 60,
        queues: [{ name: 'q', channel: 'VOICE', ...c }],
        agents: [{ count: c.agents }],
      },
      limits,
    );
    const [q] = (await simulate(scenario)).queues;
    sl.push(q.serviceLevel ?? 0);
    asa.push(q.averageSpeedOfAnswerSeconds ?? 0);
    abandon.push(q.abandonRate ?? 0);
  }
  const load = { arrivalRate: c.arrivalsPerHour / 3600, handleSeconds: c.averageHandleSeconds };
  const f =
    c.patienceSeconds === undefined
      ? erlangCFigures(c.agents, load, c.targetSeconds)
      : erlangAFigures(c.agents, load, c.patienceSeconds, c.targetSeconds);
  return {
    model: c.patienceSeconds === undefined ? 'ERLANG_C' : 'ERLANG_A',
    theory: {
      serviceLevel: f.serviceLevel,
      averageSpeedOfAnswerSeconds: f.averageSpeedOfAnswerSeconds,
      abandonProbability: f.abandonProbability,
    },
    serviceLevel: estimate(sl),
    averageSpeedOfAnswerSeconds: estimate(asa),
    abandonRate: estimate(abandon),
    wallMs: performance.now() - started,
  };
}
