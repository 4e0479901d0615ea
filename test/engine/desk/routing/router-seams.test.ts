import { strict as assert } from 'node:assert';
import {
  getPendingReservationsOfAgent,
  getTask,
  makeRouter,
  rejectReservation,
  setPresence,
  type EngineEvent,
  type Router,
} from '../../../../engine/index.ts';
import { agendaOf } from '../../../../engine/desk/routing/agenda.ts';
import { toRoutingEvent, type RoutingEvent } from '../../../../engine/desk/routing/inbox.ts';
import type { CallbackFields, QueueRecord, ReservationRecord, TaskRecord } from '../../../../models/index.ts';
import { actorFor } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startRouter, startWork } from '../../../support/routing.ts';

const never = () => () => undefined;

describe('router seams: inbox, origin, declines, agenda', () => {
  let t: TestEngine;
  let router: Router;
  const online = (id: string) => setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' });
  const offerOf = async (id: string) => (await getPendingReservationsOfAgent(t.ctx, id))[0];

  beforeEach(async () => {
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    await queue(t.ctx, { name: 'backoffice', reservationTimeoutSeconds: 30 });
  });
  afterEach(async () => {
    await router?.stop();
    await t.close();
  });

  it('given a decline, when the router restarts, then the task still never goes back to the agent who declined (declines come from the rows)', async () => {
    await agent(t.ctx, 'ann', 'billing:9');
    await agent(t.ctx, 'bob', 'billing:2');
    await online('ann');
    router = await startRouter(t.ctx);
    const task = await startWork(t.ctx, { skills: 'billing:1' });
    await router.settle();
    await rejectReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id, 'not now');
    await router.settle();
    await router.stop();
    router = await startRouter(t.ctx);
    await router.settle();
    assert.equal(await offerOf('ann'), undefined, 'the restarted router remembers the decline');
    assert.equal((await getTask(t.ctx, task.id))?.state, 'QUEUED');
    await online('bob');
    await router.settle();
    assert.equal((await offerOf('bob'))?.taskId, task.id);
  });

  it('given events of its own origin, then the router ignores them; its writes carry its origin; others are handled', async () => {
    await agent(t.ctx, 'ann', '');
    await online('ann');
    const inbox: RoutingEvent[] = [];
    const published: EngineEvent[] = [];
    t.ctx.events.subscribe((e) => published.push(e));
    // Fed by hand: the router hears only what the test delivers.
    router = makeRouter(t.ctx, { sleep: never, origin: 'node-a', feed: () => () => undefined });
    await router.start();
    const task = await startWork(t.ctx);
    await router.settle();
    assert.equal(await offerOf('ann'), undefined, 'nothing delivered yet');
    router.deliver({ type: 'taskArrived', origin: 'node-a', taskId: task.id, version: task.version });
    await router.settle();
    assert.equal(await offerOf('ann'), undefined, 'its own origin is not handled again');
    router.deliver({ type: 'taskArrived', origin: null, taskId: task.id, version: task.version });
    await router.settle();
    assert.equal((await offerOf('ann'))?.taskId, task.id);
    const own = published.filter((e) => e.type === 'reservation.offered' || e.type === 'task.reserved');
    assert.deepEqual(
      own.map((e) => e.origin),
      ['node-a', 'node-a'],
    );
    for (const e of own) {
      const record = toRoutingEvent(e);
      if (record) inbox.push(record);
    }
    assert.deepEqual(
      inbox.map((e) => [e.type, e.origin]),
      [['offerMade', 'node-a']],
    );
  });

  it('turns engine events into serializable records of ids, versions and origin, never whole rows', async () => {
    await agent(t.ctx, 'ann', '');
    await online('ann');
    const records: RoutingEvent[] = [];
    t.ctx.events.subscribe((e) => {
      const r = toRoutingEvent(e);
      if (r) records.push(r);
    });
    router = await startRouter(t.ctx);
    await startWork(t.ctx);
    await router.settle();
    await rejectReservation(t.ctx, actorFor('ann'), (await offerOf('ann')).id, null);
    await router.settle();
    const types = records.map((r) => r.type);
    for (const type of ['taskArrived', 'offerMade', 'offerEnded', 'taskChanged'])
      assert.ok(types.includes(type as RoutingEvent['type']), `${type} in ${types}`);
    for (const r of records) {
      assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
      for (const value of Object.values(r))
        assert.ok(value === null || typeof value !== 'object', `${r.type} carries only scalars`);
    }
  });

  it('builds the agenda from rows alone: offer timeouts, pause returns, escalations, urgency and windows', () => {
    const now = Date.UTC(2026, 0, 5, 9);
    const queues = new Map<string, QueueRecord>([
      [
        'q',
        {
          pauseReturnSeconds: 60,
          escalation: [{ afterSeconds: 120, priority: 10 }],
          slaSeconds: 20,
        } as unknown as QueueRecord,
      ],
    ]);
    const task = (id: string, extra: Partial<TaskRecord>) =>
      ({ id, queue: 'q', escalationLevel: 0, enqueuedAt: now, readyAt: null, callback: null, ...extra }) as TaskRecord;
    const items = agendaOf(
      {
        pendingReservations: [{ id: 'rs1', expiresAt: now + 30_000 } as ReservationRecord],
        pausedTasks: [task('p1', { pausedAt: now - 10_000 })],
        waiting: [
          {
            task: task('w1', { callback: { windowEnd: now + 3_600_000 } as CallbackFields }),
            urgentFrom: now + 5_000,
            req: { channel: 'BACKOFFICE', skills: [], candidateGroups: [], candidateUsers: [], sites: null },
            queue: queues.get('q') as QueueRecord,
            declinedBy: new Set(),
          },
        ],
        deferred: [task('d1', { readyAt: now + 600_000, callback: { windowEnd: now + 1_200_000 } as CallbackFields })],
        queues,
      },
      now,
    );
    const at = (kind: string, id: string) => items.find((i) => i.kind === kind && i.id === id)?.at;
    assert.equal(at('reservation', 'rs1'), now + 30_000);
    assert.equal(at('pauseReturn', 'p1'), now + 50_000);
    assert.equal(at('escalation', 'w1'), now + 120_000);
    assert.equal(at('urgency', 'w1'), now + 5_000);
    assert.equal(at('window', 'w1'), now + 3_600_000);
    assert.equal(at('window', 'd1'), now + 600_000, 'a deferred task comes back when its window opens');
    assert.equal(items.length, 6);
  });
});
