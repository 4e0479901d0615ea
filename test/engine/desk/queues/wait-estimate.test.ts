import { strict as assert } from 'node:assert';
import {
  erlangC,
  estimateWaitSeconds,
  servingSlots,
  type AgentLoad,
  type AgentRecord,
} from '../../../../engine/index.ts';

const agentOf = (id: string, presence: string, capacity: Partial<AgentRecord['capacity']>): AgentRecord => ({
  id,
  name: id,
  roles: [],
  groups: [],
  siteId: null,
  skills: [],
  capacity: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0, total: 1, ...capacity },
  presence: presence as AgentRecord['presence'],
  presenceReason: null,
  presenceSince: 0,
  missedOffers: 0,
  idleSince: null,
  ctiAt: null,
  version: 0,
  updatedAt: 0,
});
const loadOf = (byChannel: Partial<AgentLoad['byChannel']> = {}, paused = 0): AgentLoad => {
  const full = { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: 0, ...byChannel };
  return { byChannel: full, active: Object.values(full).reduce((a, b) => a + b, 0) - paused, paused };
};

describe('estimated wait of the next arrival', () => {
  it('is (queued + 1) × AHT / slots when every slot is busy', () => {
    assert.equal(estimateWaitSeconds({ queued: 0, slots: 1, freeSlots: 0, ahtSeconds: 180 }), 180);
    assert.equal(estimateWaitSeconds({ queued: 5, slots: 3, freeSlots: 0, ahtSeconds: 120 }), 240);
  });

  it('is zero while a free slot can take the arrival, and counts free slots off the line', () => {
    assert.equal(estimateWaitSeconds({ queued: 0, slots: 4, freeSlots: 1, ahtSeconds: 300 }), 0);
    assert.equal(estimateWaitSeconds({ queued: 3, slots: 4, freeSlots: 2, ahtSeconds: 300 }), 150);
  });

  it('is unknown when nobody serves the queue', () => {
    assert.equal(estimateWaitSeconds({ queued: 2, slots: 0, freeSlots: 0, ahtSeconds: 300 }), null);
  });

  it('averages to Erlang C: over the M/M/c states, the expected wait equals Erlang C average speed of answer', () => {
    // c = 3 agents, AHT 180 s, 50 calls an hour: a = 2.5 Erlang. P(n) of M/M/c, weights of each state's wait.
    const c = 3;
    const aht = 180;
    const a = (50 * aht) / 3600;
    const fact = (n: number): number => (n <= 1 ? 1 : n * fact(n - 1));
    const p = (n: number) => (n < c ? a ** n / fact(n) : a ** n / (fact(c) * c ** (n - c)));
    const norm = Array.from({ length: 400 }, (_, n) => p(n)).reduce((s, x) => s + x, 0);
    let expected = 0;
    for (let n = 0; n < 400; n++) {
      const busy = Math.min(n, c);
      const wait = estimateWaitSeconds({ queued: Math.max(0, n - c), slots: c, freeSlots: c - busy, ahtSeconds: aht });
      expected += (p(n) / norm) * (wait as number);
    }
    const asa = (erlangC(c, a) * aht) / (c - a);
    assert.ok(Math.abs(expected - asa) < 1e-6, `${expected} vs Erlang C ${asa}`);
  });

  it('counts slots of staffed agents by the router capacity rules', () => {
    const agents = [
      agentOf('free', 'AVAILABLE', { VOICE: 1 }),
      agentOf('onCall', 'BUSY', { VOICE: 1 }),
      agentOf('wrapping', 'WRAP_UP', { VOICE: 1 }),
      agentOf('away', 'AWAY', { VOICE: 1 }),
      agentOf('noVoice', 'AVAILABLE', { BACKOFFICE: 1 }),
      agentOf('onBackoffice', 'BUSY', { VOICE: 1, BACKOFFICE: 1, total: 1 }),
    ];
    const loads = new Map([
      ['free', loadOf()],
      ['onCall', loadOf({ VOICE: 1 })],
      ['wrapping', loadOf()],
      ['away', loadOf()],
      ['noVoice', loadOf()],
      ['onBackoffice', loadOf({ BACKOFFICE: 1 })],
    ]);
    assert.deepEqual(servingSlots(agents, loads, 'VOICE'), { slots: 4, freeSlots: 1 });
    const mail = [agentOf('m1', 'BUSY', { EMAIL: 3, total: 3 }), agentOf('m2', 'AVAILABLE', { EMAIL: 5, total: 2 })];
    const mailLoads = new Map([
      ['m1', loadOf({ EMAIL: 2 })],
      ['m2', loadOf()],
    ]);
    assert.deepEqual(servingSlots(mail, mailLoads, 'EMAIL'), { slots: 5, freeSlots: 3 });
  });
});
