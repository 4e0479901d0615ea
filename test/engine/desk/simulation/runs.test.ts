import { strict as assert } from 'node:assert';
import type { EngineContext } from '../../../../engine/core/context/context.ts';
import { makeManualClock } from '../../../../engine/core/clock/index.ts';
import { makeLogger } from '../../../../engine/core/logger/index.ts';
import type { Actor } from '../../../../engine/core/access/index.ts';
import {
  cancelSimulation,
  configureSimulations,
  getSimulationRun,
  simulationsIdle,
  startSimulation,
} from '../../../../engine/desk/simulation/index.ts';

const supervisor: Actor = { userId: 'sup', roles: ['supervisor'], groups: [], onBehalfOf: null };
const agent: Actor = { userId: 'ag', roles: ['agent'], groups: [], onBehalfOf: null };

// Runs need only a clock and a logger of the context: they touch no database.
const makeNode = () => ({ clock: makeManualClock(), logger: makeLogger('silent') }) as unknown as EngineContext;

const scenario = (hours: number) => ({
  hours,
  queues: [{ name: 'q', channel: 'VOICE', arrivalsPerHour: 300, averageHandleSeconds: 180 }],
  agents: [{ count: 18 }],
});

describe('simulation runs: in the background, one at a time per node', function () {
  this.timeout(60_000);

  it('runs to DONE with progress 1 and the result', async () => {
    const node = makeNode();
    const run = startSimulation(node, supervisor, scenario(1));
    assert.equal(run.state, 'RUNNING');
    await simulationsIdle(node);
    const done = getSimulationRun(node, supervisor, run.id);
    assert.equal(done?.state, 'DONE');
    assert.equal(done?.progress, 1);
    assert.ok((done?.result?.queues[0].offered ?? 0) > 200);
  });

  it('cancels a running run and one waiting for its turn', async () => {
    const node = makeNode();
    const long = startSimulation(node, supervisor, scenario(24));
    const waiting = startSimulation(node, supervisor, scenario(1));
    assert.equal(cancelSimulation(node, supervisor, waiting.id).state, 'CANCELLED');
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.ok(long.progress > 0 && long.progress < 1, String(long.progress));
    cancelSimulation(node, supervisor, long.id);
    await simulationsIdle(node);
    assert.equal(getSimulationRun(node, supervisor, long.id)?.state, 'CANCELLED');
    assert.equal(long.result, null);
  });

  it('keeps a bounded number of runs, forgetting finished ones first', async () => {
    const node = makeNode();
    configureSimulations(node, { maxRuns: 2 });
    const first = startSimulation(node, supervisor, scenario(0.5));
    startSimulation(node, supervisor, scenario(0.5));
    assert.throws(() => startSimulation(node, supervisor, scenario(0.5)), { code: 'RATE_LIMITED' });
    await simulationsIdle(node);
    startSimulation(node, supervisor, scenario(0.5));
    assert.equal(getSimulationRun(node, supervisor, first.id), null);
    await simulationsIdle(node);
  });

  it('is for supervisors: others are FORBIDDEN; a bad scenario is refused at once; an unknown id is NOT_FOUND', () => {
    const node = makeNode();
    assert.throws(() => startSimulation(node, agent, scenario(1)), { code: 'FORBIDDEN' });
    assert.throws(() => getSimulationRun(node, agent, 'x'), { code: 'FORBIDDEN' });
    assert.throws(() => startSimulation(node, supervisor, { ...scenario(1), hours: -1 }), { code: 'BAD_USER_INPUT' });
    assert.throws(() => cancelSimulation(node, supervisor, 'nope'), { code: 'NOT_FOUND' });
    assert.equal(getSimulationRun(node, supervisor, 'nope'), null);
  });
});
