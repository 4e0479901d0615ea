/** Staffing: how many agents an interval needs, by Erlang C and Erlang A (pure; no database). */
export { computeStaffing, calculateStaffing, scheduledFor, STAFFING_ROLES } from './compute-staffing.ts';
export type { StaffingFigures, StaffingResult } from './compute-staffing.ts';
export { checkStaffingInput, type StaffingInput, type CheckedStaffingInput } from './staffing-input.ts';
export { STAFFING_LIMITS } from './limits.ts';
export { erlangB, erlangCWaitProbability, erlangCFigures } from './erlang-c.ts';
export { erlangAFigures } from './erlang-a.ts';
export { erlangCRequirement, erlangARequirement, StaffingConstraint, type StaffingTargets } from './required-agents.ts';
export type { Load, QueueFigures } from './figures.ts';
