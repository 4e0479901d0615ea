import { strict as assert } from 'node:assert';
import {
  dayScenario,
  formatBreaks,
  parseBreaks,
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

  it("builds a simulate scenario from a day's plan and roster", () => {
    const start = Date.UTC(2026, 11, 7);
    const iso = (h: number) => new Date(start + h * 3_600_000).toISOString();
    const scenario = dayScenario(
      { start, queue: 'billing', channel: 'VOICE', targetSeconds: 20, patienceSeconds: 120 },
      [
        { start: iso(9), forecastArrivals: 10, averageHandleSeconds: 200 },
        { start: iso(9.5), forecastArrivals: 30, averageHandleSeconds: 400 },
      ],
      [
        { start: '09:00', end: '17:00' },
        { start: '22:00', end: '06:00' },
      ],
      'SEPARATE',
    ) as any;
    assert.equal(scenario.policy, 'SEPARATE');
    assert.deepEqual(scenario.queues[0].arrivals, [
      { start: 9, perHour: 20 },
      { start: 9.5, perHour: 60 },
    ]);
    assert.equal(scenario.queues[0].averageHandleSeconds, 350, 'weighted by arrivals');
    assert.deepEqual(
      scenario.agents.map((a: any) => [a.shift.start, a.shift.end, a.team]),
      [
        [9, 17, 'VOICE'],
        [22, 24, 'VOICE'],
      ],
      'a night shift is cut at the end of the simulated day',
    );
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
