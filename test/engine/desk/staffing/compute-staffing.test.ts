import { strict as assert } from 'node:assert';
import {
  calculateStaffing,
  computeStaffing,
  CrossdeskError,
  STAFFING_LIMITS,
  type StaffingInput,
} from '../../../../engine/index.ts';
import { actors } from '../../../support/actors.ts';

const base: StaffingInput = {
  arrivalsPerHour: 200,
  averageHandleSeconds: 180,
  targetSeconds: 20,
  serviceLevelTarget: 0.8,
};

/** The BAD_USER_INPUT error `input` gets, with the field it names. */
function refusal(input: Record<string, unknown>): { code: string; field: unknown; message: string } {
  try {
    computeStaffing(input as unknown as StaffingInput);
  } catch (e) {
    assert.ok(e instanceof CrossdeskError, String(e));
    return { code: e.code, field: e.fields.field, message: e.message };
  }
  throw new Error(`accepted ${JSON.stringify(input)}`);
}

describe('Staffing calculator', () => {
  it('staffs fewer agents by Erlang A than by Erlang C when callers abandon, and the same as patience grows', () => {
    const withPatience = computeStaffing({ ...base, patienceSeconds: 120 });
    assert.equal(withPatience.erlangC.agents, 14);
    assert.ok(withPatience.erlangA, 'a patience asks for Erlang A');
    assert.equal(withPatience.erlangA.agents, 12);
    assert.ok(withPatience.erlangA.serviceLevel >= 0.8);
    assert.ok(withPatience.erlangA.abandonProbability > 0);
    assert.equal(computeStaffing(base).erlangA, null, 'no patience, no Erlang A');
    const patient = [600, 3_600, 86_400].map(
      (patienceSeconds) => computeStaffing({ ...base, patienceSeconds }).erlangA?.agents,
    );
    assert.deepEqual(patient, [13, 13, 14]);
  });

  it('caps abandonment under Erlang A', () => {
    const r = computeStaffing({ ...base, patienceSeconds: 60, maxAbandonProbability: 0.01 });
    assert.ok(r.erlangA);
    assert.equal(r.erlangA.limitedBy, 'ABANDONMENT');
    assert.ok(r.erlangA.abandonProbability <= 0.01);
    const fewer = computeStaffing({ ...base, patienceSeconds: 60, maxAbandonProbability: 0.011 });
    assert.ok(fewer.erlangA && fewer.erlangA.agents <= r.erlangA.agents);
  });

  it('needs no agent when nothing arrives', () => {
    const r = computeStaffing({ ...base, arrivalsPerHour: 0, patienceSeconds: 60, shrinkage: 0.3 });
    for (const model of [r.erlangC, r.erlangA]) {
      assert.deepEqual(
        { agents: model?.agents, scheduled: model?.scheduledAgents, sl: model?.serviceLevel, by: model?.limitedBy },
        { agents: 0, scheduled: 0, sl: 1, by: 'NO_ARRIVALS' },
      );
    }
  });

  it('refuses nonsense with BAD_USER_INPUT naming the field', () => {
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ arrivalsPerHour: -1 }, 'arrivalsPerHour'],
      [{ arrivalsPerHour: Number.NaN }, 'arrivalsPerHour'],
      [{ arrivalsPerHour: Infinity }, 'arrivalsPerHour'],
      [{ arrivalsPerHour: STAFFING_LIMITS.maxArrivalsPerHour + 1 }, 'arrivalsPerHour'],
      [{ averageHandleSeconds: 0 }, 'averageHandleSeconds'],
      [{ averageHandleSeconds: -30 }, 'averageHandleSeconds'],
      [{ targetSeconds: -1 }, 'targetSeconds'],
      [{ serviceLevelTarget: 1.2 }, 'serviceLevelTarget'],
      [{ serviceLevelTarget: 1 }, 'serviceLevelTarget'],
      [{ serviceLevelTarget: 0 }, 'serviceLevelTarget'],
      [{ serviceLevelTarget: 80 }, 'serviceLevelTarget'],
      [{ serviceLevelTarget: null }, 'serviceLevelTarget'],
      [{ averageSpeedOfAnswerTargetSeconds: 0 }, 'averageSpeedOfAnswerTargetSeconds'],
      [{ patienceSeconds: 0 }, 'patienceSeconds'],
      [{ patienceSeconds: Number.NaN }, 'patienceSeconds'],
      [{ maxAbandonProbability: 0.05 }, 'maxAbandonProbability'],
      [{ patienceSeconds: 60, maxAbandonProbability: 1 }, 'maxAbandonProbability'],
      [{ maxOccupancy: 1.5 }, 'maxOccupancy'],
      [{ maxOccupancy: 0 }, 'maxOccupancy'],
      [{ shrinkage: 1 }, 'shrinkage'],
      [{ shrinkage: -0.1 }, 'shrinkage'],
      [{ concurrency: 0 }, 'concurrency'],
      [{ concurrency: 1.5 }, 'concurrency'],
      [{ arrivalsPerHour: 1_000_000, averageHandleSeconds: 3600 }, 'arrivalsPerHour'],
    ];
    for (const [change, field] of cases) {
      const r = refusal({ ...base, ...change });
      assert.equal(r.code, 'BAD_USER_INPUT', JSON.stringify(change));
      assert.equal(r.field, field, `${JSON.stringify(change)}: ${r.message}`);
    }
  });

  it('schedules for shrinkage: ⌈required ÷ (1 − shrinkage)⌉', () => {
    const r = computeStaffing({ ...base, shrinkage: 0.35, patienceSeconds: 120 });
    assert.equal(r.erlangC.scheduledAgents, Math.ceil(14 / 0.65));
    assert.equal(r.erlangA?.scheduledAgents, Math.ceil(12 / 0.65));
  });

  it('computes 1,000 agents (and the largest allowed centre) well under a second', () => {
    let started = performance.now();
    const r = computeStaffing({
      arrivalsPerHour: 19_000,
      averageHandleSeconds: 180,
      targetSeconds: 20,
      serviceLevelTarget: 0.8,
      patienceSeconds: 180,
    });
    const thousand = performance.now() - started;
    assert.ok(r.erlangC.agents > 950 && r.erlangA && r.erlangA.agents > 850, JSON.stringify(r));
    assert.ok(thousand < 500, `1,000 agents took ${thousand} ms`);
    started = performance.now();
    computeStaffing({
      arrivalsPerHour: STAFFING_LIMITS.maxArrivalsPerHour,
      averageHandleSeconds: 360,
      targetSeconds: 20,
      serviceLevelTarget: STAFFING_LIMITS.maxServiceLevelTarget,
      patienceSeconds: STAFFING_LIMITS.maxPatienceSeconds,
    });
    const largest = performance.now() - started;
    assert.ok(largest < 2_000, `100,000 Erlangs took ${largest} ms`);
  });

  it('is for supervisors, integrators and admins', () => {
    for (const actor of [actors.supervisor, actors.integrator, actors.admin]) {
      assert.equal(calculateStaffing(actor, base).erlangC.agents, 14);
    }
    for (const actor of [actors.agent, actors.expert, actors.designer]) {
      assert.throws(
        () => calculateStaffing(actor, base),
        (e: CrossdeskError) => e.code === 'FORBIDDEN',
      );
    }
  });
});
