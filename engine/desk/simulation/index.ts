/** Simulation: a contact-centre day in virtual time through the production router (issue 19). */
export { checkScenario } from './check-scenario.ts';
export { simulate, SimulationCancelled, type SimulateOptions } from './simulate.ts';
export { Policy, Team, type Scenario, type SimQueue, type SimAgents } from './scenario.ts';
export type { SimulationResult, QueueResult, IntervalResult } from './summary.ts';
export { DEFAULT_SIMULATION_LIMITS, type SimulationLimits } from './limits.ts';
export { summaryTable, textTable } from './summary-table.ts';
export {
  startSimulation,
  getSimulationRun,
  cancelSimulation,
  configureSimulations,
  stopSimulations,
  simulationsIdle,
  RunState,
  SIMULATION_ROLES,
  type SimulationRun,
} from './runs.ts';
export { checkAgainstTheory, type TheoryCase, type TheoryComparison, type Estimate } from './theory-check.ts';
export { smallestVoiceTeam, separateTeams, voiceServiceLevel } from './team-search.ts';
