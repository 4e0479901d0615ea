/**
 * Bounds of the staffing calculator's input. Each is wide enough for any real contact centre and keeps
 * one calculation within a few hundred milliseconds on a small server (the query is open to supervisors
 * and integrators, so its cost must be bounded by its input). docs/planning.md lists them.
 */
export const STAFFING_LIMITS = {
  /** Arrivals in the interval, per hour. */
  maxArrivalsPerHour: 1_000_000,
  /** Average handle time (talk, hold and wrap-up), seconds: at least 1 s, at most a day. */
  minHandleSeconds: 1,
  maxHandleSeconds: 86_400,
  /** Offered load after concurrency (arrivals × handle time ÷ concurrency), Erlangs. */
  maxOfferedLoadErlangs: 100_000,
  /** Service-level threshold, seconds. */
  maxTargetSeconds: 86_400,
  /** Service-level target: above 0, at most 99.99% (100% is unreachable with random arrivals). */
  maxServiceLevelTarget: 0.9999,
  /** Average-speed-of-answer target, seconds: above 0, at most a day. */
  maxAverageSpeedOfAnswerTargetSeconds: 86_400,
  /** Mean caller patience (Erlang A), seconds: at least 1 s, at most a day. */
  minPatienceSeconds: 1,
  maxPatienceSeconds: 86_400,
  /** Largest share of callers allowed to abandon (Erlang A): above 0, below 1. */
  maxAbandonProbability: 0.99,
  /** Maximum occupancy: at least 10% (a lower cap would multiply the staff tenfold), at most 100%. */
  minMaxOccupancy: 0.1,
  /** Shrinkage (breaks, training, absence): 0 up to 90% (scheduled = required ÷ (1 − shrinkage)). */
  maxShrinkage: 0.9,
  /** Chats an agent handles at once. */
  maxConcurrency: 20,
} as const;

/**
 * The queue states an Erlang A evaluation may visit (a safety net: within the bounds above the
 * evaluation visits at most a few hundred thousand). Reaching it is a bug, reported as such.
 */
export const MAX_QUEUE_STATES = 20_000_000;
