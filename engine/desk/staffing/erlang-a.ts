import { erlangsOf, type Load, type QueueFigures } from './figures.ts';
import { MAX_QUEUE_STATES } from './limits.ts';
import { digamma, logGamma, regularizedBeta } from './special-functions.ts';

/**
 * Erlang A (M/M/n+M, Palm's model): Poisson arrivals at rate λ, exponential handle times (rate μ), n
 * agents, and callers who hang up after an exponential patience (rate θ) if not answered by then.
 *
 * The number in the system is a birth–death chain (births λ; deaths nμ + jθ with j callers queued), so
 * its stationary distribution is exact in product form. Relative to π(n) (all agents busy, nobody queued):
 *   states below n:    Σ_{k<n} π(k)/π(n) = 1/B(n, A) − 1            (Erlang B, by its stable recursion)
 *   j callers queued:  w(j) = π(n+j)/π(n) = Π_{i=1..j} λ / (nμ + iθ)
 * With y = λ/θ and a = nμ/θ, w(j+1)/w(j) = y/(a+j+1): w rises to its peak at j* = ⌊y − a⌋ (0 unless the
 * agents are overloaded) and falls off like a Gaussian or faster on both sides. The sums run outward
 * from the peak, in ratios relative to it (its logarithm is the only absolute figure), and stop where a
 * term falls below 1e-20 of the peak: a few thousand states, not the whole chain, with no overflow at
 * any size.
 *
 * A caller who arrives to j callers queued (PASTA: arrivals see the stationary distribution) reaches
 * an agent after V = Σ_{i=0..j} Exp(nμ + iθ) (the queue ahead shrinks by answers and by abandons)
 * unless their own patience τ ~ Exp(θ) runs out first. With u = 1 − e^(−θV), u ~ Beta(j+1, a), hence
 *   P(answered)              = E[e^(−θV)]                 = a / (a+j+1)
 *   P(answered within t)     = E[e^(−θV); V ≤ t]          = a / (a+j+1) · I_x(j+1, a+1),  x = 1 − e^(−θt)
 *   E[wait; answered]        = E[V·e^(−θV)]               = a / (a+j+1) · (ψ(a+j+2) − ψ(a+1)) / θ
 * (I is the regularized incomplete beta function, ψ the digamma function). The incomplete beta is
 * evaluated once, at the first state summed; the following ones step by the negative binomial terms
 * I_x(m, b) − I_x(m+1, b), and ψ by its recurrence ψ(z+1) = ψ(z) + 1/z.
 */

/** Terms below this share of the peak are left out of the sums. */
const NEGLIGIBLE = 1e-20;
/** Below this many steps, sums of logarithms are summed term by term (exact) rather than by ln Γ. */
const DIRECT_SUM_STEPS = 256;

/** 1 / Erlang B = Σ_{k=0..n} π(k)/π(n), by the recursion r(k) = 1 + r(k−1)·k/A (Infinity past the range). */
function inverseErlangB(agents: number, erlangs: number): number {
  let r = 1;
  for (let k = 1; k <= agents && r !== Infinity; k += 1) r = 1 + (r * k) / erlangs;
  return r;
}

/** Stirling's series beyond its leading terms; below 1e-17 for z >= 100. */
const stirlingTail = (z: number): number => {
  const z2 = z * z;
  return (1 / 12 - (1 / 360 - (1 / 1260 - 1 / (1680 * z2)) / z2) / z2) / z;
};

/**
 * ln Γ(b+m) − ln Γ(b). Differencing two ln Γ values of 1e8 would lose seven digits, so: a direct sum
 * for few steps, and for large b the difference of Stirling's series taken term by term.
 */
function logRising(b: number, m: number): number {
  if (m <= DIRECT_SUM_STEPS) {
    let sum = 0;
    for (let i = 0; i < m; i += 1) sum += Math.log(b + i);
    return sum;
  }
  if (b < 100) return logGamma(b + m) - logGamma(b);
  return (b - 0.5) * Math.log1p(m / b) + m * Math.log(b + m) - m + stirlingTail(b + m) - stirlingTail(b);
}

/** ln w(j) = Σ_{i=1..j} ln(y / (a+i)). */
const logWeight = (j: number, a: number, y: number): number => j * Math.log(y) - logRising(a + 1, j);

/** ψ(a+j+2) − ψ(a+1) = Σ_{i=1..j+1} 1/(a+i). */
function harmonicSpan(j: number, a: number): number {
  if (j > DIRECT_SUM_STEPS) return digamma(a + j + 2) - digamma(a + 1);
  let sum = 0;
  for (let i = 1; i <= j + 1; i += 1) sum += 1 / (a + i);
  return sum;
}

/** Sums over the queued states, each term relative to the peak w(j*). */
interface QueueSums {
  /** ln w(j*). */
  logPeak: number;
  /** Σ w. */
  weight: number;
  /** Σ w·P(answered | j). */
  answered: number;
  /** Σ w·P(answered within t | j). */
  answeredInTime: number;
  /** Σ w·E[wait; answered | j]. */
  answeredWait: number;
}

/** Where the sum starts: walk down from the peak until the weights are negligible. */
function lowestState(peak: number, a: number, y: number): { j: number; w: number } {
  let j = peak;
  let w = 1;
  while (j > 0) {
    const below = (w * (a + j)) / y;
    if (below < NEGLIGIBLE) break;
    w = below;
    j -= 1;
  }
  return { j, w };
}

function queueSums(a: number, y: number, theta: number, targetSeconds: number): QueueSums {
  const peak = Math.max(0, Math.floor(y - a));
  const start = lowestState(peak, a, y);
  const b = a + 1;
  const thetaT = theta * targetSeconds;
  const x = -Math.expm1(-thetaT);
  const logX = Math.log(x);
  // P(M > j) for M ~ NegBin(b, x), i.e. I_x(j+1, b); and ln P(M = j+1), the next term it loses.
  let tail = x <= 0 ? 0 : x >= 1 ? 1 : regularizedBeta(x, start.j + 1, b);
  let logNext =
    x > 0 && x < 1 ? (start.j + 1) * logX - b * thetaT + logRising(b, start.j + 1) - logGamma(start.j + 2) : -Infinity;
  let harmonic = harmonicSpan(start.j, a);
  const sums: QueueSums = {
    logPeak: logWeight(peak, a, y),
    weight: 0,
    answered: 0,
    answeredInTime: 0,
    answeredWait: 0,
  };
  let w = start.w;
  for (let j = start.j; ; j += 1) {
    const answered = a / (a + j + 1);
    sums.weight += w;
    sums.answered += w * answered;
    sums.answeredInTime += w * answered * Math.min(1, Math.max(0, tail));
    sums.answeredWait += (w * answered * harmonic) / theta;
    if (j >= peak && w < NEGLIGIBLE) break;
    if (j - start.j > MAX_QUEUE_STATES) throw new Error(`Erlang A visited over ${MAX_QUEUE_STATES} queue states`);
    w *= y / (a + j + 1);
    harmonic += 1 / (a + j + 2);
    if (logNext > -Infinity) {
      tail -= Math.exp(logNext);
      logNext += logX + Math.log((j + 1 + b) / (j + 2));
    }
  }
  return sums;
}

/** Erlang A figures at `agents` (>= 1) agents with callers of mean patience `patienceSeconds`. */
export function erlangAFigures(
  agents: number,
  load: Load,
  patienceSeconds: number,
  targetSeconds: number,
): QueueFigures {
  const erlangs = erlangsOf(load);
  if (erlangs <= 0) {
    return {
      agents,
      serviceLevel: 1,
      waitProbability: 0,
      abandonProbability: 0,
      averageSpeedOfAnswerSeconds: 0,
      occupancy: 0,
    };
  }
  if (!(agents >= 1)) throw new RangeError('Erlang A needs at least one agent');
  const theta = 1 / patienceSeconds;
  const y = load.arrivalRate / theta;
  const a = agents / (load.handleSeconds * theta);
  const sums = queueSums(a, y, theta, targetSeconds);
  // Weight of the states below n relative to the peak; 0 once it underflows (the peak dwarfs it).
  const below = inverseErlangB(agents, erlangs) - 1;
  const belowScaled = below === Infinity ? Infinity : below * Math.exp(-sums.logPeak);
  const waitProbability = sums.weight / (sums.weight + belowScaled);
  const answeredIfWaiting = sums.answered / sums.weight;
  const abandonProbability = waitProbability * (1 - answeredIfWaiting);
  const answeredShare = 1 - abandonProbability;
  return {
    agents,
    serviceLevel: 1 - waitProbability + (waitProbability * sums.answeredInTime) / sums.weight,
    waitProbability,
    abandonProbability,
    averageSpeedOfAnswerSeconds: (waitProbability * sums.answeredWait) / sums.weight / answeredShare,
    occupancy: (erlangs * answeredShare) / agents,
  };
}
