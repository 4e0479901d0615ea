import { strict as assert } from 'node:assert';
import {
  formatBreaks,
  parseBreaks,
  policySummary,
  zoneDate,
  zoneMidnight,
  zoneTime,
} from '../../web/src/lib/planning.ts';

describe('web: planning helpers', () => {
  it('reads and writes breaks as typed', () => {
    const breaks = parseBreaks(' 12:00-12:30; 15:00 - 15:15 ;');
    assert.deepEqual(breaks, [
      { start: '12:00', end: '12:30' },
      { start: '15:00', end: '15:15' },
    ]);
    assert.equal(formatBreaks(breaks), '12:00-12:30; 15:00-15:15');
  });

  it('sums a multi-queue simulation result into one comparison row', () => {
    const row = policySummary({
      queues: [
        {
          channel: 'VOICE',
          offered: 100,
          answered: 90,
          serviceLevel: 0.8,
          averageSpeedOfAnswerSeconds: 10,
          abandoned: 10,
        },
        {
          channel: 'CHAT',
          offered: 300,
          answered: 300,
          serviceLevel: 0.4,
          averageSpeedOfAnswerSeconds: 30,
          abandoned: 0,
        },
        { channel: 'BACKOFFICE', offered: 50, completed: 40 },
        { channel: 'EMAIL', offered: 10, completed: 5 },
      ],
      agents: { occupancy: 0.7 },
    });
    assert.ok(Math.abs((row.serviceLevel ?? 0) - 0.5) < 1e-9, 'weighted by offered');
    assert.ok(Math.abs(row.asa - 9900 / 390) < 1e-9, 'weighted by answered');
    assert.equal(row.abandoned, 10);
    assert.equal(row.backOffice, 45);
    assert.equal(row.occupancy, 0.7);
    assert.equal(policySummary(null).serviceLevel, null);
  });

  it("finds a local day's first instant in the plan's time zone, daylight-saving days included", () => {
    assert.equal(new Date(zoneMidnight('2026-12-07', 'Asia/Tokyo')).toISOString(), '2026-12-06T15:00:00.000Z');
    assert.equal(new Date(zoneMidnight('2026-03-29', 'Europe/Paris')).toISOString(), '2026-03-28T23:00:00.000Z');
    assert.equal(new Date(zoneMidnight('2026-03-30', 'Europe/Paris')).toISOString(), '2026-03-29T22:00:00.000Z');
    assert.equal(zoneMidnight('2026-12-07', 'UTC'), Date.UTC(2026, 11, 7));
    assert.equal(zoneDate(Date.UTC(2026, 11, 6, 15), 'Asia/Tokyo'), '2026-12-07');
    assert.equal(zoneTime(Date.UTC(2026, 11, 6, 15, 30), 'Asia/Tokyo'), '00:30');
  });
});
