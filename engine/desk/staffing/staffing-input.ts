import { BadInputError } from '../../core/errors/index.ts';
import { STAFFING_LIMITS as L } from './limits.ts';

/** One interval to staff (fractions 0..1; absent optional fields are null or undefined). */
export interface StaffingInput {
  readonly arrivalsPerHour: number;
  /** Talk, hold and wrap-up of one contact, seconds. */
  readonly averageHandleSeconds: number;
  /** Service-level threshold: "answered within targetSeconds". */
  readonly targetSeconds: number;
  readonly serviceLevelTarget?: number | null;
  readonly averageSpeedOfAnswerTargetSeconds?: number | null;
  /** Mean time callers wait before hanging up; with it, Erlang A is computed too. */
  readonly patienceSeconds?: number | null;
  /** Largest share of callers allowed to abandon (Erlang A; needs patienceSeconds). */
  readonly maxAbandonProbability?: number | null;
  readonly maxOccupancy?: number | null;
  readonly shrinkage?: number | null;
  /** Contacts an agent handles at once (chat); 1 for calls. */
  readonly concurrency?: number | null;
}

/** The input with its defaults applied, checked. */
export interface CheckedStaffingInput {
  readonly arrivalsPerHour: number;
  readonly averageHandleSeconds: number;
  readonly targetSeconds: number;
  readonly serviceLevelTarget: number | null;
  readonly averageSpeedOfAnswerTargetSeconds: number | null;
  readonly patienceSeconds: number | null;
  readonly maxAbandonProbability: number | null;
  readonly maxOccupancy: number | null;
  readonly shrinkage: number;
  readonly concurrency: number;
}

type Bound = { min: number; max: number; minExclusive?: boolean; integer?: boolean };

function check(field: string, value: number, bound: Bound): number {
  const low = bound.minExclusive ? value > bound.min : value >= bound.min;
  if (typeof value === 'number' && Number.isFinite(value) && low && value <= bound.max) {
    if (!bound.integer || Number.isInteger(value)) return value;
  }
  const range = `${bound.minExclusive ? 'above' : 'at least'} ${bound.min} and at most ${bound.max}`;
  throw new BadInputError(`${field} must be ${bound.integer ? 'a whole number ' : 'a number '}${range}`, {
    field,
    min: bound.min,
    max: bound.max,
  });
}

const optional = (field: string, value: number | null | undefined, bound: Bound): number | null =>
  value === null || value === undefined ? null : check(field, value, bound);

/** Checks every field against STAFFING_LIMITS; refuses with BAD_USER_INPUT naming the field. */
export function checkStaffingInput(input: StaffingInput): CheckedStaffingInput {
  const checked: CheckedStaffingInput = {
    arrivalsPerHour: check('arrivalsPerHour', input.arrivalsPerHour, { min: 0, max: L.maxArrivalsPerHour }),
    averageHandleSeconds: check('averageHandleSeconds', input.averageHandleSeconds, {
      min: L.minHandleSeconds,
      max: L.maxHandleSeconds,
    }),
    targetSeconds: check('targetSeconds', input.targetSeconds, { min: 0, max: L.maxTargetSeconds }),
    serviceLevelTarget: optional('serviceLevelTarget', input.serviceLevelTarget, {
      min: 0,
      minExclusive: true,
      max: L.maxServiceLevelTarget,
    }),
    averageSpeedOfAnswerTargetSeconds: optional(
      'averageSpeedOfAnswerTargetSeconds',
      input.averageSpeedOfAnswerTargetSeconds,
      { min: 0, minExclusive: true, max: L.maxAverageSpeedOfAnswerTargetSeconds },
    ),
    patienceSeconds: optional('patienceSeconds', input.patienceSeconds, {
      min: L.minPatienceSeconds,
      max: L.maxPatienceSeconds,
    }),
    maxAbandonProbability: optional('maxAbandonProbability', input.maxAbandonProbability, {
      min: 0,
      minExclusive: true,
      max: L.maxAbandonProbability,
    }),
    maxOccupancy: optional('maxOccupancy', input.maxOccupancy, { min: L.minMaxOccupancy, max: 1 }),
    shrinkage: optional('shrinkage', input.shrinkage, { min: 0, max: L.maxShrinkage }) ?? 0,
    concurrency: optional('concurrency', input.concurrency, { min: 1, max: L.maxConcurrency, integer: true }) ?? 1,
  };
  if (checked.serviceLevelTarget === null && checked.averageSpeedOfAnswerTargetSeconds === null) {
    throw new BadInputError('give serviceLevelTarget, averageSpeedOfAnswerTargetSeconds or both', {
      field: 'serviceLevelTarget',
    });
  }
  if (checked.maxAbandonProbability !== null && checked.patienceSeconds === null) {
    throw new BadInputError('maxAbandonProbability needs patienceSeconds (Erlang C has no abandonment)', {
      field: 'maxAbandonProbability',
    });
  }
  const erlangs = (checked.arrivalsPerHour * checked.averageHandleSeconds) / 3600 / checked.concurrency;
  if (erlangs > L.maxOfferedLoadErlangs) {
    throw new BadInputError(
      `the offered load (arrivalsPerHour × averageHandleSeconds ÷ 3600 ÷ concurrency = ${erlangs} Erlangs) must be at most ${L.maxOfferedLoadErlangs}`,
      { field: 'arrivalsPerHour', max: L.maxOfferedLoadErlangs },
    );
  }
  return checked;
}
