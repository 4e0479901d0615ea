import { strict as assert } from 'node:assert';
import { makeTimerScheduler } from '../../../engine/index.ts';
import { hotEnginesOf } from '../../../engine/process/runtime/index.ts';
import { findTasksOfInstance, loadInstanceState } from '../../../models/index.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../support/context.ts';
import { deployFixture, openTasks, start, work } from '../../support/scenario.ts';

/**
 * The hot-engine cache must change nothing but speed: each scenario is driven the same way (complete
 * the oldest open task, then let two days pass for timers) with the cache on and off, and every stored
 * state along the way must be the same. The whole scenario suite also runs both ways (its tests use the
 * cache by default; CROSSDESK_ENGINE_CACHE_BYTES=0 turns it off).
 */
const FIXTURES = [
  'parallel-gateway.bpmn',
  'inclusive-fork.bpmn',
  'sub-process.bpmn',
  'multi-instance.bpmn',
  'terminate-and-link.bpmn',
  'boundary-events.bpmn',
  'error-escalation-subprocess.bpmn',
  'compensation.bpmn',
  'event-based-gateway.bpmn',
  'call-activity.bpmn',
];
const SCENARIOS: [key: string, variables: Record<string, unknown>][] = [
  ['parallel', {}],
  ['notify', { sms: true, email: true }],
  ['onboarding', {}],
  ['approvals', { reviewers: ['expert', 'expert2', 'supervisor'] }],
  ['terminating', {}],
  ['boundaries', {}],
  ['fraudCheck', {}],
  ['booking', {}],
  ['claim', {}],
];
const DAY = 24 * 3600_000;

// Ids bpmn-elements draws at random (execution ids, message ids) differ between any two runs: each is
// replaced by its order of first appearance, so equal structure compares equal.
function normalized(value: unknown): unknown {
  const seen = new Map<string, string>();
  const json = JSON.stringify(value).replace(
    /(?<=_|smq\.mid-)[0-9a-f]{10}|\b(pi|tk|jb|sb|ext|sla)_[0-9a-z]{12,}/g,
    (id) => {
      if (!seen.has(id)) seen.set(id, `#${seen.size}`);
      return seen.get(id) as string;
    },
  );
  return JSON.parse(json, (key, v) => (key === 'timestamp' ? undefined : v));
}

/**
 * What an engine state says about the run: each element's status and counters, and the environments'
 * variables and output. Its broker bookkeeping is left out: a recovered engine's state also carries
 * the resume messages and redelivery flags of its recover, which a live engine never had.
 */
function progress(state: unknown): unknown {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(walk);
    const o = node as Record<string, any>;
    if (typeof o.id === 'string' && o.counters) out.push({ id: o.id, status: o.status ?? null, counters: o.counters });
    if (o.variables && o.output) {
      const { fields: _f, content: _c, properties: _p, ...variables } = o.variables;
      out.push({ variables, output: o.output });
    }
    for (const [key, value] of Object.entries(o)) if (key !== 'broker') walk(value);
  };
  walk(state);
  return out.map((o) => JSON.stringify(o)).sort();
}

async function snapshot(t: TestEngine, instanceId: string) {
  const row = await loadInstanceState(t.ctx.db, instanceId);
  const tasks = await findTasksOfInstance(t.ctx.db, instanceId);
  return {
    state: row?.state,
    version: row?.version,
    variables: row?.variables,
    activeElementIds: row?.activeElementIds,
    waiting: row?.waiting,
    engineState: progress(row?.engineState),
    tasks: tasks
      .map((task) => ({ elementId: task.elementId, state: task.state, executionId: task.executionId }))
      .sort((a, b) =>
        `${a.elementId} ${a.state} ${a.executionId}`.localeCompare(`${b.elementId} ${b.state} ${b.executionId}`),
      ),
  };
}

/** Drives every scenario and records each stored state; errors are recorded too (they must match). */
async function drive(cacheBytes: number) {
  const t = await makeTestEngine({ engineCacheBytes: cacheBytes });
  try {
    await seedUsers(t.ctx);
    for (const name of FIXTURES) await deployFixture(t.ctx, import.meta.url, name);
    const states: unknown[] = [];
    for (const [key, variables] of SCENARIOS) {
      const instance = await start(t.ctx, key, variables, `case-${key}`);
      states.push(await snapshot(t, instance.id));
      for (let step = 0; step < 12; step++) {
        // Tasks created in one command share their creation time: the element id decides.
        const [task] = (await openTasks(t.ctx, instance.id)).sort((a, b) =>
          `${a.elementId} ${a.executionId}`.localeCompare(`${b.elementId} ${b.executionId}`),
        );
        if (!task) break;
        await work(t.ctx, task, { approved: step % 2 === 0, step }).catch((err) => states.push(String(err)));
        states.push(await snapshot(t, instance.id));
      }
      t.clock.advance(2 * DAY + 1);
      await makeTimerScheduler(t.ctx).runDue();
      states.push(await snapshot(t, instance.id));
    }
    return { states: normalized(states) as unknown[], stats: hotEnginesOf(t.ctx)?.stats() };
  } finally {
    await t.close();
  }
}

describe('scenario: the hot-engine cache changes no stored state', () => {
  it('given every scenario driven with the cache on and off, then each stored state is the same', async () => {
    const on = await drive(64 * 1024 * 1024);
    const off = await drive(0);
    assert.equal(off.stats, undefined);
    assert.ok((on.stats?.hits ?? 0) > 10, `the cache served commands: ${JSON.stringify(on.stats)}`);
    assert.equal(on.states.length, off.states.length);
    for (const [i, state] of on.states.entries()) assert.deepEqual(state, off.states[i], `stored state #${i}`);
  });
});
