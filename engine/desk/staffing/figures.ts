/** The work offered in one interval, in the units the queueing formulas use. */
export interface Load {
  /** Arrivals per second. */
  readonly arrivalRate: number;
  /** Mean handle time of one contact, seconds (after dividing by chat concurrency). */
  readonly handleSeconds: number;
}

/** Offered load in Erlangs: arrivals per second × handle time. */
export const erlangsOf = (load: Load): number => load.arrivalRate * load.handleSeconds;

/** What a queue looks like in steady state with a given number of agents. Fractions are 0..1. */
export interface QueueFigures {
  readonly agents: number;
  /** Share of ALL arrivals answered within the threshold (abandoned calls count against it). */
  readonly serviceLevel: number;
  /** Share of arrivals that find every agent busy and queue. */
  readonly waitProbability: number;
  /** Share of arrivals that hang up before an answer (0 under Erlang C). */
  readonly abandonProbability: number;
  /** Mean wait of the answered calls, those answered at once included (Erlang C: of all calls). */
  readonly averageSpeedOfAnswerSeconds: number;
  /** Share of the agents' time spent handling contacts. */
  readonly occupancy: number;
}
