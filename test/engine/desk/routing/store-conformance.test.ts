import { strict as assert } from 'node:assert';
import {
  acceptReservation,
  completeTask,
  getAgent,
  makeRouter,
  rejectReservation,
  setPresence,
  type AgentRecord,
  type Router,
  type TaskRecord,
} from '../../../../engine/index.ts';
import { makeMemoryRoutingStore, type MemoryRoutingStore } from '../../../../engine/desk/routing/memory-store.ts';
import { makeSqlRoutingReads, type ReservationRecord } from '../../../../models/index.ts';
import { actorFor } from '../../../support/actors.ts';
import { makeTestEngine, seedUsers, type TestEngine } from '../../../support/context.ts';
import { deployFixture } from '../../../support/scenario.ts';
import { agent, queue, startWork, type WorkSpec } from '../../../support/routing.ts';

const never = () => () => undefined;

/** An offer as both stores can be compared on: which task, to whom, when, and the whole decision. */
interface Decision {
  taskId: string;
  agentId: string;
  createdAt: number;
  expiresAt: number;
  decision: unknown;
}

/**
 * The same contact-centre scenario through the router twice: over the SQL store (driven by the
 * engine's commands) and over the in-memory store (driven by its own methods), on one manual clock.
 * Every offer either router makes must be the same, decision included.
 */
describe('routing store conformance (SQL and in-memory)', () => {
  let t: TestEngine;
  let sqlRouter: Router;
  let memRouter: Router;
  let mem: MemoryRoutingStore;
  const sqlOffers: (ReservationRecord & { decision: unknown })[] = [];

  const decisions = {
    sql: (): Decision[] =>
      sqlOffers.map((r) => ({
        taskId: r.taskId,
        agentId: r.agentId,
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        decision: r.decision,
      })),
    mem: (): Decision[] =>
      mem.offers().map(({ reservation: r, decision }) => ({
        taskId: r.taskId,
        agentId: r.agentId,
        createdAt: r.createdAt,
        expiresAt: r.expiresAt,
        decision: JSON.parse(JSON.stringify(decision)),
      })),
  };
  const settle = async () => {
    await sqlRouter.settle();
    await memRouter.settle();
  };
  const same = async (step: string) => {
    await settle();
    assert.deepEqual(decisions.mem(), decisions.sql(), `decisions differ after: ${step}`);
  };
  /** Mirrors an agent's row (after a command changed it) into the memory store. */
  const mirrorAgent = async (id: string) => mem.putAgent((await getAgent(t.ctx, id)) as AgentRecord);
  // The row as the command left it: re-reading could see the SQL router's offer already (idleSince cleared).
  const online = async (id: string) => mem.putAgent(await setPresence(t.ctx, actorFor(id), { state: 'AVAILABLE' }));
  const arrive = async (spec: WorkSpec): Promise<TaskRecord> => {
    const task = await startWork(t.ctx, spec);
    mem.putTask(created.get(task.id) as TaskRecord);
    return task;
  };
  const created = new Map<string, TaskRecord>();
  const pending = (agentId: string) => sqlOffers.filter((r) => r.agentId === agentId && !ended.has(r.id));
  const ended = new Set<string>();
  const memReservationOf = (r: ReservationRecord) =>
    mem
      .offers()
      .map((o) => o.reservation)
      .find((m) => m.taskId === r.taskId && m.agentId === r.agentId && m.state === 'PENDING')?.id as string;

  beforeEach(async () => {
    sqlOffers.length = 0;
    created.clear();
    ended.clear();
    t = await makeTestEngine();
    await seedUsers(t.ctx);
    await deployFixture(t.ctx, import.meta.url, 'routed-task.bpmn');
    t.ctx.events.subscribe((e) => {
      if (e.type === 'task.created') created.set(e.task.id, e.task);
      if (e.type === 'reservation.offered')
        sqlOffers.push({ ...e.reservation, decision: JSON.parse(JSON.stringify(e.task.routingDecision)) });
    });
    await queue(t.ctx, { name: 'backoffice', reservationTimeoutSeconds: 30, maxMissedOffers: 2, agingPerMinute: 5 });
    await queue(t.ctx, { name: 'billing', reservationTimeoutSeconds: 20, agingPerMinute: 20 });
    await agent(t.ctx, 'ann', 'billing:9', { BACKOFFICE: 2, total: 2 });
    await agent(t.ctx, 'bob', 'billing:4');
    await agent(t.ctx, 'cid', 'billing:6 spanish:7', { BACKOFFICE: 3, total: 3 });
    await agent(t.ctx, 'dan', '');
    mem = makeMemoryRoutingStore(t.clock);
    const reads = makeSqlRoutingReads(t.ctx.db);
    for (const q of await reads.queues()) mem.putQueue(q);
    for (const row of await reads.agents()) mem.putAgent(row.agent);
    sqlRouter = makeRouter(t.ctx, { sleep: never, origin: 'router-sql' });
    memRouter = makeRouter(t.ctx, { sleep: never, origin: 'router-mem', store: mem, feed: mem.feed });
    await sqlRouter.start();
    await memRouter.start();
  });
  afterEach(async () => {
    await sqlRouter.stop();
    await memRouter.stop();
    await t.close();
  });

  it('given arrivals, a burst, accepts, rejects, timeouts and completions, then both stores make the same offers with the same decisions', async () => {
    // A backlog builds while nobody is online (more than a burst: agents are filled from their side).
    for (let i = 0; i < 24; i++) {
      t.clock.advance(1_000);
      await arrive({
        ref: `b${i}`,
        priority: 20 + ((i * 37) % 60),
        skills: i % 3 === 0 ? 'billing:5' : i % 3 === 1 ? 'spanish:3' : '',
        queue: i % 2 ? 'billing' : 'backoffice',
        value: i % 4,
      });
    }
    await same('backlog');
    assert.equal(decisions.sql().length, 0);
    for (const id of ['ann', 'bob', 'cid', 'dan']) {
      t.clock.advance(500);
      await online(id);
      await same(`${id} online`);
    }
    assert.ok(decisions.sql().length >= 5, 'agents took work from the backlog');

    // Accept and complete what ann and cid were offered; reject bob's; let dan's time out.
    t.clock.advance(2_000);
    for (const r of [...pending('ann'), ...pending('cid')]) {
      const who = r.agentId;
      mem.accept(memReservationOf(r));
      await acceptReservation(t.ctx, actorFor(who), r.id);
      ended.add(r.id);
      await mirrorAgent(who);
    }
    await same('accepts');
    for (const r of pending('bob')) {
      mem.reject(memReservationOf(r));
      await rejectReservation(t.ctx, actorFor('bob'), r.id, null);
      ended.add(r.id);
      await same('bob rejects');
    }
    t.clock.advance(31_000);
    await sqlRouter.runDue();
    await memRouter.runDue();
    for (const r of pending('dan')) ended.add(r.id);
    await same('offers time out');

    t.clock.advance(60_000);
    const held = (await t.ctx.db('tasks').where({ state: 'ASSIGNED' }).select('id', 'assignee_id')) as {
      id: string;
      assignee_id: string;
    }[];
    assert.ok(held.length > 0);
    for (const task of held.sort((a, b) => a.id.localeCompare(b.id))) {
      mem.complete(task.id);
      await completeTask(t.ctx, actorFor(task.assignee_id), task.id, {});
      await same(`${task.assignee_id} completes`);
    }

    // Live arrivals one at a time, aged differently.
    for (let i = 0; i < 6; i++) {
      t.clock.advance(7_000);
      await arrive({ ref: `n${i}`, priority: 90 - i, skills: i % 2 ? 'billing:3' : '', queue: 'billing' });
      await same(`arrival n${i}`);
    }
    assert.ok(decisions.sql().length >= 10, `a long enough scenario (${decisions.sql().length} offers)`);
    assert.ok(
      decisions.sql().some((d) => (d.decision as { considered: unknown[] }).considered.length > 1),
      'some decisions weighed several agents',
    );
  });
});
