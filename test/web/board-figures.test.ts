import { strict as assert } from 'node:assert';
import { dayChart, formatWait, waitingSeries } from '../../web/src/lib/board-figures.ts';
import { resumeBlocked } from '../../web/src/lib/agent-desk.ts';

const at = (hhmm: string) => `2026-01-05T${hhmm}:00.000Z`;
const NOW = Date.parse('2026-01-05T09:03:20.000Z');

describe('web: supervisor board figures', () => {
  it('draws waiting over the day from the server samples, then the live count', () => {
    const queues = [
      {
        name: 'hotline',
        stats: { waiting: 4 },
        waitingToday: [
          { at: at('09:00'), waiting: 0 },
          { at: at('09:01'), waiting: 2 },
          { at: at('09:03'), waiting: 3 },
        ],
      },
      { name: 'ad-hoc', stats: { waiting: 1 }, waitingToday: [{ at: at('09:01'), waiting: 5 }] },
      { name: 'unloaded', stats: { waiting: 0 } },
    ];
    assert.deepEqual(waitingSeries(queues, NOW), {
      times: [at('09:00'), at('09:01'), at('09:03')].map(Date.parse).concat(NOW),
      waiting: { hotline: [0, 2, 3, 4], 'ad-hoc': [0, 5, 0, 1], unloaded: [0, 0, 0, 0] },
    });
    assert.deepEqual(waitingSeries(queues, NOW, 'ad-hoc').waiting, { 'ad-hoc': [5, 1] });
    assert.deepEqual(waitingSeries([], NOW), { times: [NOW], waiting: {} });
  });

  it('sums queues per hour in time order, abandons included, or shows one queue', () => {
    const queues = [
      {
        name: 'a',
        stats: {
          hourly: [
            { hour: at('09:00'), arrived: 3, handled: 1, withinSla: 1, abandoned: 2 },
            { hour: at('08:00'), arrived: 2, handled: 2, withinSla: 1, abandoned: 0 },
          ],
        },
      },
      { name: 'b', stats: { hourly: [{ hour: at('09:00'), arrived: 1, handled: 4, withinSla: 4, abandoned: 1 }] } },
    ];
    assert.deepEqual(dayChart(queues), {
      hours: [at('08:00'), at('09:00')],
      arrived: [2, 4],
      handled: [2, 5],
      withinSla: [1, 5],
      abandoned: [0, 3],
    });
    assert.deepEqual(dayChart(queues, 'b').handled, [4]);
    assert.deepEqual(dayChart([{ name: 'c', stats: {} }]).hours, []);
  });

  it('formats the estimated wait, and says nothing when nobody serves the queue', () => {
    assert.deepEqual(
      [formatWait(0), formatWait(37.6), formatWait(200), formatWait(null)],
      ['0s', '38s', '3m 20s', null],
    );
  });
});

describe('web: agent desktop rules', () => {
  it('does not offer Resume while the agent is on a call or wrapping one up', () => {
    const paused = { channel: 'BACKOFFICE', state: 'PAUSED' };
    assert.equal(
      resumeBlocked({ presence: 'BUSY', tasks: [paused, { channel: 'VOICE', state: 'ASSIGNED' }] }),
      'onCall',
    );
    assert.equal(resumeBlocked({ presence: 'WRAP_UP', tasks: [paused] }), 'wrapUp');
    assert.equal(resumeBlocked({ presence: 'AVAILABLE', tasks: [paused] }), null);
  });
});
