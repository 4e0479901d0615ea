import { strict as assert } from 'node:assert';
import { pickAgent, type AgentView } from '../../../../engine/index.ts';
import { applyEscalationStep } from '../../../../engine/desk/routing/escalation.ts';
import type { AgentRecord } from '../../../../models/index.ts';

function view(id: string, skills: string, fields: Partial<AgentRecord> = {}, active = 0): AgentView {
  const list = skills
    .split(' ')
    .filter(Boolean)
    .map((s) => ({ name: s.split(':')[0], level: Number(s.split(':')[1]) }));
  return {
    agent: {
      id,
      name: id,
      roles: [],
      groups: [],
      siteId: null,
      skills: list,
      capacity: { VOICE: 1, CHAT: 2, EMAIL: 2, BACKOFFICE: 1, total: 2 },
      presence: 'AVAILABLE',
      presenceReason: null,
      presenceSince: 0,
      missedOffers: 0,
      idleSince: 100,
      ctiAt: null,
      version: 0,
      updatedAt: 0,
      ...fields,
    },
    load: { byChannel: { VOICE: 0, CHAT: 0, EMAIL: 0, BACKOFFICE: active }, active, paused: 0 },
  };
}

const req = (skills: string, channel: 'BACKOFFICE' | 'VOICE' = 'BACKOFFICE', candidateGroups: string[] = []) => ({
  channel,
  candidateGroups,
  candidateUsers: [],
  sites: null,
  skills: skills
    .split(' ')
    .filter(Boolean)
    .map((s) => ({ name: s.split(':')[0], level: Number(s.split(':')[1]) })),
});

describe('matching', () => {
  it('picks the best skill fit, then the longest idle, and says why every other agent was left out', () => {
    const agents = [
      view('novice', 'billing:3'),
      view('expert', 'billing:9', { idleSince: 500 }),
      view('veteran', 'billing:9', { idleSince: 50 }),
      view('nobilling', 'spanish:5'),
      view('away', 'billing:10', { presence: 'AWAY' }),
      view('busy', 'billing:10', {}, 1),
      view('low', 'billing:1'),
    ];
    const decision = pickAgent(req('billing:2'), agents, 1000);
    assert.equal(decision.chosen, 'veteran');
    assert.deepEqual(decision.excludedCounts, { MISSING_SKILL: 1, NOT_AVAILABLE: 1, NO_CAPACITY: 1, SKILL_TOO_LOW: 1 });
    assert.equal(decision.considered.find((c) => c.agentId === 'low')?.excluded, 'SKILL_TOO_LOW');
    assert.equal(decision.rule, 'best-skill-fit-then-longest-idle');
  });

  it('offers nobody when no agent qualifies, and respects candidate groups and earlier declines', () => {
    assert.equal(pickAgent(req('billing:5'), [view('a', 'billing:4')], 0).chosen, null);
    assert.equal(pickAgent(req('', 'BACKOFFICE', ['vip']), [view('a', '')], 0).excludedCounts.NOT_A_CANDIDATE, 1);
    assert.equal(
      pickAgent(req(''), [view('a', ''), view('b', '', { idleSince: 900 })], 1000, { declinedBy: new Set(['a']) })
        .chosen,
      'b',
    );
  });

  it('keeps agents on voice work, or with active work, away from calls', () => {
    const onCall = view('oncall', '');
    onCall.load.byChannel.VOICE = 1;
    onCall.load.active = 1;
    const decision = pickAgent(
      req('', 'VOICE'),
      [onCall, view('working', '', {}, 1), view('wrapup', '', { presence: 'WRAP_UP' })],
      0,
    );
    assert.equal(decision.chosen, null);
    assert.deepEqual(decision.excludedCounts, { ON_LIVE_WORK: 1, NO_CAPACITY: 1, NOT_AVAILABLE: 1 });
  });

  it('escalation steps lower skill levels (not below 1), add a group, raise priority and move queues', () => {
    const task = {
      skills: [
        { name: 'billing', level: 2 },
        { name: 'legal', level: 6 },
      ],
      candidateGroups: ['a'],
      priority: 50,
      queue: 'q1',
      siteScope: ['lyon'],
    };
    assert.deepEqual(applyEscalationStep(task, { afterSeconds: 1, lowerSkillLevelBy: 3 }).skills, [
      { name: 'billing', level: 1 },
      { name: 'legal', level: 3 },
    ]);
    assert.deepEqual(applyEscalationStep(task, { afterSeconds: 1, addGroup: 'b' }).candidateGroups, ['a', 'b']);
    assert.equal(applyEscalationStep(task, { afterSeconds: 1, raisePriority: 30 }).priority, 80);
    assert.equal(applyEscalationStep(task, { afterSeconds: 1, moveToQueue: 'q2' }).queue, 'q2');
  });
});
