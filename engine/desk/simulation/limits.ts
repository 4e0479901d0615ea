/** Bounds of one simulation (CROSSDESK_SIMULATION_* settings; docs/planning.md lists them). */
export interface SimulationLimits {
  /** Agents in one scenario, all groups summed. */
  readonly maxAgents: number;
  /** Length of the simulated day, hours. */
  readonly maxHours: number;
  /** Contacts expected over the day (arrivals by the curves plus backlogs). */
  readonly maxContacts: number;
  /** Runs kept in memory per node (finished ones beyond it are forgotten, oldest first). */
  readonly maxRuns: number;
}

/** Wide enough for a large centre's day; one run of that size takes about a minute on a small server. */
export const DEFAULT_SIMULATION_LIMITS: SimulationLimits = {
  maxAgents: 2_000,
  maxHours: 24,
  maxContacts: 200_000,
  maxRuns: 20,
};
