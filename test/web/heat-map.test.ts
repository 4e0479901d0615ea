import { strict as assert } from 'node:assert';
import { flowCounts, heatLevels, rangeOf, shortDuration } from '../../web/src/lib/heat-map.ts';

const element = (elementId: string, count: number, waiting: number, total: number) => ({
  elementId,
  count,
  waiting: { meanSeconds: waiting, p90Seconds: waiting * 2 },
  working: { meanSeconds: total - waiting, p90Seconds: null },
  total: { meanSeconds: total, p90Seconds: total * 2 },
});

describe('heat map figures (web/src/lib/heat-map.ts)', () => {
  it('spreads elements over five steps between the shortest and longest time, leaving out elements without time', () => {
    const elements = [
      element('a', 2, 300, 600),
      element('b', 1, 3600, 3600),
      element('c', 1, 1800, 2000),
      element('g', 2, 0, 0),
    ];
    const { levels, min, max } = heatLevels(elements, 'waiting', 'meanSeconds');
    assert.deepEqual(levels, { a: 0, b: 4, c: 2 });
    assert.deepEqual([min, max], [300, 3600]);
    assert.deepEqual(heatLevels(elements, 'working', 'p90Seconds'), { levels: {}, min: 0, max: 0 });
    assert.deepEqual(heatLevels([element('x', 1, 5, 5)], 'total', 'meanSeconds').levels, { x: 4 });
  });

  it('gives a flow the visits of its target when it is the only way in, else of its source when the only way out', () => {
    const flows = [
      { id: 'in', source: 'start', target: 'split' },
      { id: 'yes', source: 'split', target: 'approve' },
      { id: 'no', source: 'split', target: 'merge' },
      { id: 'back', source: 'approve', target: 'merge' },
    ];
    assert.deepEqual(flowCounts(flows, { start: 3, split: 3, approve: 1, merge: 3 }), { in: 3, yes: 1, back: 1 });
  });

  it('formats durations and makes the inclusive date range exclusive at the next midnight UTC', () => {
    assert.deepEqual(
      [shortDuration(45), shortDuration(720), shortDuration(12_600), shortDuration(null)],
      ['45 s', '12 min', '3.5 h', '—'],
    );
    assert.deepEqual(rangeOf('2026-12-01', '2026-12-31'), {
      from: '2026-12-01T00:00:00.000Z',
      to: '2027-01-01T00:00:00.000Z',
    });
  });
});
