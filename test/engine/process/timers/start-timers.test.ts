import { strict as assert } from 'node:assert';
import {
  deployProcess,
  makeTimerScheduler,
  queryInstances,
  type BpmnInvalidError,
  type TimerScheduler,
} from '../../../../engine/index.ts';
import { JobType } from '../../../../models/index.ts';
import { actors } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture, fixture, openElementIds } from '../../../support/scenario.ts';

const HOUR = 3600_000;

describe('timer start events', () => {
  let t: TestEngine;
  let scheduler: TimerScheduler;
  const instancesOf = async (key: string) => (await queryInstances(t.ctx, { definitionKey: key }, 0, 100)).rows;
  const startTimers = () => t.ctx.db('jobs').where({ type: JobType.TIMER }).whereNull('instance_id');
  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    scheduler = makeTimerScheduler(t.ctx);
  });
  afterEach(() => t.close());

  it('given a cycle R3/PT1H, then an instance starts every hour, three times, each waiting at its task', async () => {
    await deployFixture(t.ctx, import.meta.url, 'daily-report.bpmn');
    assert.equal((await startTimers()).length, 1);
    for (let hour = 1; hour <= 4; hour++) {
      t.clock.advance(HOUR);
      await scheduler.runDue();
      assert.equal((await instancesOf('dailyReport')).length, Math.min(hour, 3), `after hour ${hour}`);
    }
    for (const instance of await instancesOf('dailyReport'))
      assert.deepEqual(await openElementIds(t.ctx, instance.id), ['report']);
    assert.equal((await startTimers()).length, 0, 'no repetition left');
  });

  it('given a timeDate, then one instance starts at that date', async () => {
    await deployFixture(t.ctx, import.meta.url, 'launch.bpmn');
    t.clock.set(Date.parse('2026-01-06T07:59:00Z'));
    await scheduler.runDue();
    assert.equal((await instancesOf('launch')).length, 0);
    t.clock.set(Date.parse('2026-01-06T08:00:00Z'));
    await scheduler.runDue();
    assert.equal((await instancesOf('launch')).length, 1);
  });

  it('given a new version, then it takes over the start timer of the old one', async () => {
    await deployFixture(t.ctx, import.meta.url, 'daily-report.bpmn');
    const v2 = await deployProcess(t.ctx, actors.designer, {
      bpmnXml: fixture(import.meta.url, 'daily-report.bpmn').replace('R3/PT1H', 'R2/PT2H'),
    });
    const jobs = await startTimers();
    assert.equal(jobs.length, 1);
    assert.equal(JSON.parse(jobs[0].payload).definitionId, v2.id);
    t.clock.advance(2 * HOUR);
    await scheduler.runDue();
    assert.deepEqual(
      (await instancesOf('dailyReport')).map((i) => i.definitionId),
      [v2.id],
    );
  });

  it('refuses a model whose timer value cannot be read', async () => {
    const bad = fixture(import.meta.url, 'daily-report.bpmn').replace('R3/PT1H', 'every hour');
    const err = (await deployProcess(t.ctx, actors.designer, { bpmnXml: bad }).catch((e) => e)) as BpmnInvalidError;
    assert.deepEqual(
      err.problems.map((p) => `${p.elementId} ${p.rule}`),
      ['everyHour crossdesk/invalid-timer'],
    );
  });
});
