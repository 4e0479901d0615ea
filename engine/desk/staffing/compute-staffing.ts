import { requireRole, Role, type Actor } from '../../core/access/index.ts';
import type { Load, QueueFigures } from './figures.ts';
import {
  ceilTolerant,
  erlangARequirement,
  erlangCRequirement,
  type Requirement,
  type StaffingConstraint,
  type StaffingTargets,
} from './required-agents.ts';
import { checkStaffingInput, type StaffingInput } from './staffing-input.ts';

/** One model's answer: the agents needed on the phones, the agents to schedule, and the figures there. */
export interface StaffingFigures extends QueueFigures {
  /** Agents to roster so that `agents` are at work after shrinkage: ⌈agents ÷ (1 − shrinkage)⌉. */
  readonly scheduledAgents: number;
  readonly limitedBy: StaffingConstraint;
}

/** The staff one interval needs, by Erlang C and (with a patience) by Erlang A. */
export interface StaffingResult {
  /** Arrivals per hour × effective handle time ÷ 3600. */
  readonly offeredLoadErlangs: number;
  /** averageHandleSeconds ÷ concurrency: the handle time the formulas use. */
  readonly effectiveHandleSeconds: number;
  readonly shrinkage: number;
  readonly concurrency: number;
  readonly erlangC: StaffingFigures;
  readonly erlangA: StaffingFigures | null;
}

/** Scheduled staff for `agents` at work: ⌈agents ÷ (1 − shrinkage)⌉. */
export const scheduledFor = (agents: number, shrinkage: number): number => ceilTolerant(agents / (1 - shrinkage));

function withSchedule(req: Requirement, shrinkage: number): StaffingFigures {
  return { ...req.figures, scheduledAgents: scheduledFor(req.figures.agents, shrinkage), limitedBy: req.limitedBy };
}

/**
 * The staffing calculator (pure): checks the input (BAD_USER_INPUT naming the field), then finds the
 * fewest agents that meet the targets by Erlang C and, when a patience is given, by Erlang A. Chat
 * concurrency c is folded in by the approximation of docs/planning.md: an agent holding c chats is one
 * server c times as fast (effective handle time = AHT ÷ c).
 */
export function computeStaffing(input: StaffingInput): StaffingResult {
  const checked = checkStaffingInput(input);
  const effectiveHandleSeconds = checked.averageHandleSeconds / checked.concurrency;
  const load: Load = { arrivalRate: checked.arrivalsPerHour / 3600, handleSeconds: effectiveHandleSeconds };
  const targets: StaffingTargets = {
    targetSeconds: checked.targetSeconds,
    serviceLevel: checked.serviceLevelTarget,
    averageSpeedOfAnswerSeconds: checked.averageSpeedOfAnswerTargetSeconds,
    abandonProbability: null,
    maxOccupancy: checked.maxOccupancy,
  };
  const erlangA =
    checked.patienceSeconds === null
      ? null
      : erlangARequirement(load, checked.patienceSeconds, {
          ...targets,
          abandonProbability: checked.maxAbandonProbability,
        });
  return {
    offeredLoadErlangs: load.arrivalRate * effectiveHandleSeconds,
    effectiveHandleSeconds,
    shrinkage: checked.shrinkage,
    concurrency: checked.concurrency,
    erlangC: withSchedule(erlangCRequirement(load, targets), checked.shrinkage),
    erlangA: erlangA && withSchedule(erlangA, checked.shrinkage),
  };
}

/** Who plans staff: supervisors and integrators (workforce-management tools); admin holds every role. */
export const STAFFING_ROLES: readonly Role[] = [Role.SUPERVISOR, Role.INTEGRATOR];

/** The staffing calculator for a caller: FORBIDDEN unless they plan staff (STAFFING_ROLES). */
export function calculateStaffing(actor: Actor, input: StaffingInput): StaffingResult {
  requireRole(actor, ...STAFFING_ROLES);
  return computeStaffing(input);
}
