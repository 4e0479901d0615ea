import { strict as assert } from 'node:assert';
import {
  explainWaiting,
  getPendingReservationsOfAgent,
  getTask,
  nextTask,
  requestCallback,
  setPresence,
  startProcess,
  queryTasks,
  TaskSort,
  upsertAgent,
  upsertSite,
  SYSTEM_ACTOR,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { actorFor, actors } from '../../../support/actors.ts';
import { makeTestEngine, type TestEngine } from '../../../support/context.ts';
import { codeAndReason } from '../../../support/outcome.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startRouter } from '../../../support/routing.ts';

const OFFICE = (['MON', 'TUE', 'WED', 'THU', 'FRI'] as const).map((day) => ({ day, open: '09:00', close: '17:00' }));
// Friday 2026-03-06 16:00 in Paris (CET, +01:00).
const FRIDAY_1600_PARIS = Date.parse('2026-03-06T15:00:00Z');

describe('routing with sites', () => {
  let t: TestEngine;
  let router: Router;
  const online = (id: string) => setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
  const offerOf = async (id: string) => (await getPendingReservationsOfAgent(t.ctx, id))[0];
  const startSited = async (queueName: string, site = '', ref = 'x'): Promise<TaskRecord> => {
    const instance = await startProcess(t.ctx, actors.integrator, {
      key: 'sited',
      variables: { ref, queue: queueName, site },
    });
    return (await queryTasks(t.ctx, { instanceId: instance.id }, TaskSort.CREATED, 0, 1)).rows[0];
  };

  beforeEach(async () => {
    t = await makeTestEngine();
    t.clock.set(FRIDAY_1600_PARIS);
    // No seeded users: users without an agent record could claim site-less work from their inbox.
    await deployFixture(t.ctx, import.meta.url, 'site-task.bpmn');
    await upsertSite(t.ctx, actors.admin, {
      id: 'lyon',
      name: 'Lyon',
      timeZone: 'Europe/Paris',
      businessHours: OFFICE,
    });
    await upsertSite(t.ctx, actors.admin, { id: 'paris', name: 'Paris', timeZone: 'Europe/Paris' });
    await upsertSite(t.ctx, actors.admin, { id: 'nyc', name: 'New York', timeZone: 'America/New_York' });
    router = await startRouter(t.ctx);
  });
  afterEach(async () => {
    await router.stop();
    await t.close();
  });

  const atSite = async (id: string, site: string | null) => {
    await agent(t.ctx, id);
    await upsertAgent(t.ctx, SYSTEM_ACTOR, { id, site });
    await online(id);
  };

  it('offers a task of a site queue to that site agents only, and the decision states the site rule', async () => {
    await queue(t.ctx, { name: 'claims', site: 'lyon' });
    await atSite('pia', 'paris');
    await atSite('leo', 'lyon');
    const task = await startSited('claims');
    assert.equal(task.siteId, 'lyon', 'inherited from the queue');
    assert.deepEqual(task.siteScope, ['lyon']);
    await router.settle();
    assert.equal((await offerOf('leo'))?.taskId, task.id);
    assert.equal(await offerOf('pia'), undefined);
    const decision = (await getTask(t.ctx, task.id))?.routingDecision as any;
    assert.match(decision.siteRule, /agents of lyon only/);
    assert.ok(decision.excludedCounts.OTHER_SITE >= 1, JSON.stringify(decision.excludedCounts));
  });

  it('keeps a task at its site for 30 s, then any site (escalation), and whyWaiting says so meanwhile', async () => {
    await queue(t.ctx, { name: 'claims', site: 'lyon', escalation: [{ afterSeconds: 30, widenToAllSites: true }] });
    await atSite('pia', 'paris');
    const task = await startSited('claims');
    await router.settle();
    assert.equal(await offerOf('pia'), undefined);
    const why = await explainWaiting(t.ctx, actors.supervisor, task.id);
    assert.equal(why.reasons[0].code, 'OTHER_SITES', JSON.stringify(why));
    assert.match(why.siteRule ?? '', /agents of lyon only.*any site after 30 s/);
    t.clock.advance(31_000);
    await router.runDue();
    await router.settle();
    assert.equal((await offerOf('pia'))?.taskId, task.id);
    const after = (await getTask(t.ctx, task.id)) as TaskRecord;
    assert.equal(after.siteScope, null);
    assert.match((after.routingDecision as any).siteRule, /^any site/);
  });

  it('widens to named sites only, and the model may name another site than its queue', async () => {
    await queue(t.ctx, { name: 'claims', site: 'lyon', escalation: [{ afterSeconds: 10, widenToSites: ['paris'] }] });
    await atSite('nia', 'nyc');
    await atSite('pia', 'paris');
    const named = await startSited('claims', 'nyc', 'n');
    assert.equal(named.siteId, 'nyc');
    await router.settle();
    assert.equal((await offerOf('nia'))?.taskId, named.id, 'the model named nyc');
    const task = await startSited('claims', '', 'l');
    await router.settle();
    t.clock.advance(11_000);
    await router.runDue();
    await router.settle();
    assert.equal((await offerOf('pia'))?.taskId, task.id);
    assert.deepEqual((await getTask(t.ctx, task.id))?.siteScope, ['lyon', 'paris']);
  });

  it('lets an agent pull only work open to their site', async () => {
    await router.stop();
    await queue(t.ctx, { name: 'claims', site: 'lyon' });
    await atSite('pia', 'paris');
    await atSite('leo', 'lyon');
    const task = await startSited('claims');
    assert.equal(await nextTask(t.ctx, actorFor('pia')), null);
    assert.equal((await nextTask(t.ctx, actorFor('leo')))?.id, task.id);
    router = await startRouter(t.ctx);
  });

  it('counts the SLA of a business-hours queue in the site hours: 8 h from Friday 16:00 fall due Monday 16:00', async () => {
    await queue(t.ctx, { name: 'claims', site: 'lyon', businessHoursSla: true });
    await queue(t.ctx, { name: 'calendar', site: 'lyon' });
    const business = await startSited('claims');
    assert.equal(new Date(business.slaDueAt as number).toISOString(), '2026-03-09T15:00:00.000Z');
    const stored = await getTask(t.ctx, business.id);
    assert.equal(stored?.slaDueAt, business.slaDueAt);
    const calendar = await startSited('calendar');
    assert.equal(calendar.slaDueAt, FRIDAY_1600_PARIS + 8 * 3600_000);
  });

  it('offers callbacks only inside the site hours: a window is cut to the opening, one outside is refused', async () => {
    await queue(t.ctx, { name: 'callbacks', channel: 'VOICE', site: 'lyon' });
    const input = { customer: { name: 'Ann' }, phone: '+33 1 23 45 67 89', queue: 'callbacks' };
    // Friday 16:00 to Saturday 12:00: offered until Friday 17:00 only.
    const cut = await requestCallback(t.ctx, actors.agent, {
      ...input,
      windowStart: FRIDAY_1600_PARIS,
      windowEnd: FRIDAY_1600_PARIS + 20 * 3600_000,
    });
    assert.equal(cut.siteId, 'lyon');
    assert.equal(cut.callback?.windowEnd, FRIDAY_1600_PARIS + 3600_000);
    // Saturday all day: closed.
    const saturday = FRIDAY_1600_PARIS + 18 * 3600_000;
    assert.equal(
      await codeAndReason(
        requestCallback(t.ctx, actors.agent, { ...input, windowStart: saturday, windowEnd: saturday + 6 * 3600_000 }),
      ),
      'BAD_USER_INPUT:OUTSIDE_BUSINESS_HOURS',
    );
    // Friday 20:00 to Monday 10:00: starts Monday 09:00 Paris.
    const later = await requestCallback(t.ctx, actors.agent, {
      ...input,
      windowStart: FRIDAY_1600_PARIS + 4 * 3600_000,
      windowEnd: Date.parse('2026-03-09T09:00:00Z'),
    });
    assert.equal(new Date(later.callback?.windowStart as number).toISOString(), '2026-03-09T08:00:00.000Z');
    assert.equal(later.readyAt, later.callback?.windowStart);
  });
});
