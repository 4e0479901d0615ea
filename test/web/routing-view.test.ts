import { strict as assert } from 'node:assert';
import {
  explainDecision,
  formatAge,
  offerProgress,
  secondsLeft,
  serviceLevelTone,
} from '../../web/src/lib/routing-view.ts';

const T0 = Date.parse('2026-01-10T12:00:00Z');

describe('web: agent desktop and supervisor board logic', () => {
  it('counts an offer down in whole seconds and as a fraction of its window, never below zero', () => {
    const created = new Date(T0).toISOString();
    const expires = new Date(T0 + 60_000).toISOString();
    assert.equal(secondsLeft(expires, T0 + 15_500), 45);
    assert.equal(secondsLeft(expires, T0 + 90_000), 0);
    assert.equal(offerProgress(created, expires, T0 + 15_000), 0.75);
    assert.equal(offerProgress(created, expires, T0 + 61_000), 0);
    assert.equal(offerProgress(expires, expires, T0), 0);
  });

  it('formats ages and judges service level against its target', () => {
    assert.deepEqual(
      [formatAge(12), formatAge(249), formatAge(3900), formatAge(-3)],
      ['12s', '4m 09s', '1h 05m', '0s'],
    );
    assert.deepEqual(
      [serviceLevelTone(92, 90), serviceLevelTone(86, 90), serviceLevelTone(70, 90), serviceLevelTone(null, 90)],
      ['ok', 'warn', 'danger', null],
    );
  });

  it('explains a routing decision: the chosen agent, each considered agent and the exclusion counts', () => {
    const explained = explainDecision({
      rule: 'best-skill-fit-then-longest-idle',
      chosen: 'bob',
      at: T0,
      considered: [
        { agentId: 'ann', excluded: 'NOT_AVAILABLE' },
        { agentId: 'bob', fit: 6.5, idleSince: T0 - 60_000 },
      ],
      excludedCounts: { NOT_AVAILABLE: 1, MISSING_SKILL: 3 },
    });
    assert.deepEqual(explained, {
      chosen: 'bob',
      rule: 'best-skill-fit-then-longest-idle',
      lines: [
        { agentId: 'ann', text: 'excluded: NOT_AVAILABLE', chosen: false },
        { agentId: 'bob', text: 'fit 6.5, idle since 11:59:00', chosen: true },
      ],
      excluded: ['NOT_AVAILABLE: 1', 'MISSING_SKILL: 3'],
    });
    assert.equal(explainDecision(null), null);
    assert.equal(explainDecision({ nonsense: true } as any), null);
  });
});
