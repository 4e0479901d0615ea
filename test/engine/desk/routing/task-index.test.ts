import { strict as assert } from 'node:assert';
import { makeTaskIndex, type IndexedTask } from '../../../../engine/desk/routing/task-index.ts';
import type { AgentLoad, AgentRecord, TaskRecord } from '../../../../models/index.ts';

const agentOf = (
  skills: { name: string; level: number }[],
  groups: string[] = [],
): { agent: AgentRecord; load: AgentLoad } => ({
  agent: {
    id: 'a',
    name: 'a',
    roles: [],
    groups,
    siteId: null,
    skills,
    capacity: { VOICE: 1, CHAT: 2, EMAIL: 2, BACKOFFICE: 2, total: 3 },
    presence: 'AVAILABLE',
    presenceReason: null,
    presenceSince: 0,
    missedOffers: 0,
    idleSince: 0,
    ctiAt: null,
    version: 0,
    updatedAt: 0,
  },
  load: { byChannel: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0 }, active: 0, paused: 0 },
});

function entry(
  id: string,
  fields: Partial<TaskRecord>,
  skills: { name: string; level: number }[] = [],
  queue = { agingPerMinute: 1, slaSeconds: 3600 },
): IndexedTask {
  const task = {
    id,
    priority: 50,
    businessValue: 0,
    channel: 'BACKOFFICE',
    enqueuedAt: 0,
    slaDueAt: null,
    queue: 'q',
    candidateGroups: [],
    candidateUsers: [],
    ...fields,
  } as TaskRecord;
  return {
    task,
    req: {
      channel: task.channel,
      skills,
      candidateGroups: task.candidateGroups,
      candidateUsers: task.candidateUsers,
      sites: task.siteScope ?? null,
    },
    queue,
    urgentFrom: null,
    declinedBy: new Set(),
  };
}

describe('router task index', () => {
  it('gives an agent the best task it qualifies for, skipping buckets it lacks skills for', () => {
    const index = makeTaskIndex();
    index.add(entry('billing-hi', { priority: 90 }, [{ name: 'billing', level: 8 }]), 0);
    index.add(entry('billing-lo', { priority: 40 }, [{ name: 'billing', level: 3 }]), 0);
    index.add(entry('open', { priority: 60 }), 0);
    assert.equal(index.bestFor(agentOf([{ name: 'billing', level: 5 }]), 0)?.entry.task.id, 'open');
    assert.equal(index.bestFor(agentOf([{ name: 'billing', level: 9 }]), 0)?.entry.task.id, 'billing-hi');
    assert.equal(index.bestFor(agentOf([]), 0)?.entry.task.id, 'open');
    index.remove('open');
    assert.equal(index.bestFor(agentOf([]), 0), null);
  });

  it('keeps the order right as time passes without re-sorting: aging and SLA urgency overtake base priority', () => {
    const index = makeTaskIndex();
    index.add(entry('old', { priority: 10, enqueuedAt: 0 }), 0);
    // Another queue that does not age: the two orders cross at minute 30.
    index.add(
      entry('new', { priority: 40, enqueuedAt: 20 * 60_000, queue: 'still' }, [], {
        agingPerMinute: 0,
        slaSeconds: 3600,
      }),
      20 * 60_000,
    );
    const me = agentOf([]);
    assert.equal(index.bestFor(me, 25 * 60_000)?.entry.task.id, 'new');
    assert.equal(index.bestFor(me, 60 * 60_000)?.entry.task.id, 'old');
    index.add(entry('sla', { priority: 0, enqueuedAt: 60 * 60_000, slaDueAt: 3 * 3_600_000 }), 60 * 60_000);
    index.promote(2 * 3_600_000);
    assert.equal(index.bestFor(me, 2 * 3_600_000)?.entry.task.id, 'old');
    index.promote(3.2 * 3_600_000);
    assert.equal(index.bestFor(me, 3.2 * 3_600_000)?.entry.task.id, 'sla');
  });

  it('does not offer a task again to an agent who declined it, nor to a non-candidate, nor beyond capacity', () => {
    const index = makeTaskIndex();
    const declined = entry('declined', { priority: 90 });
    declined.declinedBy.add('a');
    index.add(declined, 0);
    index.add(entry('grouped', { priority: 80, candidateGroups: ['vip'] }), 0);
    index.add(entry('plain', { priority: 10 }), 0);
    assert.equal(index.bestFor(agentOf([]), 0)?.entry.task.id, 'plain');
    assert.equal(index.bestFor(agentOf([], ['vip']), 0)?.entry.task.id, 'grouped');
    const full = agentOf([]);
    full.load.byChannel.BACKOFFICE = 2;
    full.load.active = 2;
    assert.equal(index.bestFor(full, 0), null);
  });

  it('gives an agent whose channel is full the work of its other channels, and nothing once every channel is full', () => {
    const index = makeTaskIndex();
    index.add(entry('case', { priority: 90 }), 0);
    index.add(entry('mail', { priority: 20, channel: 'EMAIL' }), 0);
    const busy = agentOf([]);
    busy.load.byChannel.BACKOFFICE = 2;
    busy.load.active = 2;
    assert.deepEqual(
      index.bestManyFor(busy, 0, 3).map((p) => p.entry.task.id),
      ['mail'],
      'one slot left in total, on EMAIL',
    );
    busy.load.byChannel.EMAIL = 1;
    busy.load.active = 3;
    assert.deepEqual(index.bestManyFor(busy, 0, 3), []);
  });
});
