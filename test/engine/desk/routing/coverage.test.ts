import { strict as assert } from 'node:assert';
import { staticNeeds } from '../../../../engine/desk/routing/index.ts';
import { taskCoverage, type TaskNeeds } from '../../../../engine/desk/routing/index.ts';
import type { AgentRecord } from '../../../../models/index.ts';

const agent = (
  id: string,
  skills: Record<string, number>,
  groups: string[] = [],
  capacity: Partial<AgentRecord['capacity']> = {},
): AgentRecord => ({
  id,
  name: id,
  roles: ['agent'],
  groups,
  skills: Object.entries(skills).map(([name, level]) => ({ name, level })),
  siteId: null,
  capacity: { VOICE: 1, CHAT: 0, EMAIL: 0, BACKOFFICE: 1, total: 1, ...capacity },
  presence: 'OFFLINE',
  presenceReason: null,
  presenceSince: 0,
  missedOffers: 0,
  idleSince: null,
  ctiAt: null,
  version: 0,
  updatedAt: 0,
});

const needs = (extra: Partial<TaskNeeds>): TaskNeeds => ({
  channel: 'BACKOFFICE',
  skills: [],
  candidateGroups: [],
  candidateUsers: [],
  ...extra,
});

const floor = [
  agent('ana', { spanish: 3, billing: 6 }, ['backoffice']),
  agent('ben', { french: 8 }, ['frontline'], { BACKOFFICE: 0 }),
];

describe('routing: who could ever take a task (coverage)', () => {
  it('names each skill level nobody has, with the best level there is', () => {
    const c = taskCoverage(
      floor,
      [],
      needs({
        skills: [
          { name: 'spanish', level: 5 },
          { name: 'german', level: 1 },
        ],
      }),
    );
    assert.deepEqual(
      c.gaps.map((g) => [g.code, g.requirement, g.message]),
      [
        ['NO_AGENT_HAS_SKILL', 'spanish:5', 'no agent has spanish:5 (the highest level is spanish:3)'],
        ['NO_AGENT_HAS_SKILL', 'german:1', 'no agent has german:1'],
      ],
    );
    assert.deepEqual(c.skills[0], { name: 'spanish', level: 5, agents: 0, bestLevel: 3 });
    assert.equal(c.qualified.length, 0);
  });

  it('tells skills held apart from skills held together', () => {
    const c = taskCoverage(
      floor,
      [],
      needs({
        skills: [
          { name: 'billing', level: 2 },
          { name: 'french', level: 2 },
        ],
      }),
    );
    assert.deepEqual(
      c.gaps.map((g) => [g.code, g.requirement, g.message]),
      [['NO_AGENT_HAS_ALL_SKILLS', 'billing:2 french:2', 'no agent has billing:2 and french:2 together']],
    );
  });

  it('checks candidacy among those with the skills, and lets non-agents claim tasks that need no skill', () => {
    const legal = taskCoverage(
      floor,
      [],
      needs({ skills: [{ name: 'billing', level: 1 }], candidateGroups: ['legal'] }),
    );
    assert.deepEqual(
      legal.gaps.map((g) => [g.code, g.requirement, g.message]),
      [['NO_CANDIDATE', 'legal', 'no agent with billing:1 is in group legal']],
    );
    const users = [
      { id: 'sam', groups: ['supervisors'] },
      { id: 'ana', groups: ['backoffice'] },
    ];
    const approval = taskCoverage(floor, users, needs({ candidateGroups: ['supervisors'] }));
    assert.deepEqual(approval.gaps, []);
    assert.deepEqual(approval.claimers, ['sam'], 'ana is an agent: she is counted among agents, not claimers');
    const nobody = taskCoverage(floor, users, needs({ candidateGroups: ['legal', 'audit'], candidateUsers: ['zoe'] }));
    assert.deepEqual(
      nobody.gaps.map((g) => g.message),
      ['nobody is in groups legal or audit or user zoe'],
    );
  });

  it('needs room on the task channel, and is satisfied otherwise', () => {
    const french = taskCoverage(floor, [], needs({ skills: [{ name: 'french', level: 2 }] }));
    assert.deepEqual(
      french.gaps.map((g) => [g.code, g.requirement]),
      [['NO_CHANNEL_CAPACITY', 'BACKOFFICE']],
    );
    const call = taskCoverage(floor, [], needs({ channel: 'VOICE', skills: [{ name: 'french', level: 2 }] }));
    assert.deepEqual(call.gaps, []);
    assert.deepEqual(
      call.qualified.map((a) => a.id),
      ['ben'],
    );
  });

  it('judges only what a model states literally: expressions and assignees are left out', () => {
    assert.deepEqual(staticNeeds({ skills: 'spanish:5 billing', candidateGroups: 'a, b', channel: 'chat' }), {
      channel: 'CHAT',
      skills: [
        { name: 'spanish', level: 5 },
        { name: 'billing', level: 1 },
      ],
      candidateGroups: ['a', 'b'],
      candidateUsers: [],
    });
    assert.deepEqual(staticNeeds({ skills: '${skills}', candidateGroups: 'a', candidateUsers: '${who}' }), {
      channel: 'BACKOFFICE',
      skills: [],
      candidateGroups: [],
      candidateUsers: [],
    });
    assert.equal(staticNeeds({ assignee: 'ana', skills: 'spanish:9' }), null);
  });
});
