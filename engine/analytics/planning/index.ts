/** Planning: the roster, queue planning settings and the staffing plan (docs/planning.md). */
export { rosterShifts, upsertRosterShift, deleteRosterShift, MAX_LISTED_SHIFTS } from './roster.ts';
export { importRoster, parseRosterCsv, ROSTER_CSV_LIMITS, type RosterCsvError } from './import-roster.ts';
export { breakSpans, shiftTimes, shiftWorksAt, type RosterShiftInput } from './shift-input.ts';
export {
  DEFAULT_QUEUE_PLANNING,
  queuePlanningOf,
  setQueuePlanning,
  queuePlanning,
  type QueuePlanningInput,
} from './queue-planning.ts';
export { staffingPlan, FALLBACK_HANDLE_SECONDS, type PlanInterval, type StaffingPlanInput } from './staffing-plan.ts';
export { buildDayScenario, liveAgentsNeeded, type DayAgent, type DayParts, type DayQueue } from './day-scenario.ts';
export { daySimulationScenario, type DaySimulationInput } from './day-simulation.ts';
