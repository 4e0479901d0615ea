import { strict as assert } from 'node:assert';
import { makePlanCalendar } from '../../../../engine/analytics/forecast/index.ts';
import { parseRosterCsv, shiftTimes, shiftWorksAt } from '../../../../engine/analytics/planning/index.ts';
import type { RosterShiftRecord } from '../../../../models/index.ts';

const paris = makePlanCalendar('Europe/Paris', []);
const refusal = (f: () => unknown) => {
  try {
    f();
  } catch (e: any) {
    return `${e.code} ${e.message}`;
  }
  return 'accepted';
};

describe('planning: shifts and the roster CSV (pure)', () => {
  it("places shifts in the site's zone, night shifts ending the next day, breaks left out", () => {
    const day = shiftTimes(paris, { agentId: 'a', date: '2026-03-29', start: '01:00', end: '05:00' });
    // The clocks go forward at 02:00 that night: four wall-clock hours are three real ones.
    assert.equal(new Date(day.startsAt).toISOString(), '2026-03-29T00:00:00.000Z');
    assert.equal(day.endsAt - day.startsAt, 3 * 3_600_000);
    const night = shiftTimes(paris, {
      agentId: 'a',
      date: '2026-12-07',
      start: '22:00',
      end: '06:00',
      breaks: [{ start: '02:00', end: '02:30' }],
    });
    assert.equal(new Date(night.endsAt).toISOString(), '2026-12-08T05:00:00.000Z');
    const shift = { ...night, date: '2026-12-07', start: '22:00', end: '06:00' } as RosterShiftRecord;
    assert.equal(shiftWorksAt(paris, shift, Date.UTC(2026, 11, 8, 0, 30)), true);
    assert.equal(shiftWorksAt(paris, shift, Date.UTC(2026, 11, 8, 1, 15)), false, 'on the 02:00 break');
    assert.equal(shiftWorksAt(paris, shift, Date.UTC(2026, 11, 8, 5, 0)), false, 'the end is exclusive');
  });

  it('refuses impossible dates, times and breaks outside the shift, naming the field', () => {
    const base = { agentId: 'a', date: '2026-12-07', start: '09:00', end: '17:00' };
    assert.match(
      refusal(() => shiftTimes(paris, { ...base, date: '2026-02-30' })),
      /BAD_USER_INPUT date/,
    );
    assert.match(
      refusal(() => shiftTimes(paris, { ...base, start: '9:00' })),
      /BAD_USER_INPUT start/,
    );
    assert.match(
      refusal(() => shiftTimes(paris, { ...base, breaks: [{ start: '08:00', end: '08:30' }] })),
      /inside the shift/,
    );
  });

  it('reads a CSV in any column order and numbers the lines it cannot read', () => {
    const { shifts, errors } = parseRosterCsv(
      'date,agent,end,start,breaks\r\n2026-12-07,ana,17:00,09:00,12:00-12:30;15:00-15:15\n\n2026-12-07,ben,17:00\n',
    );
    assert.deepEqual(shifts[0], {
      line: 2,
      input: {
        agentId: 'ana',
        date: '2026-12-07',
        start: '09:00',
        end: '17:00',
        breaks: [
          { start: '12:00', end: '12:30' },
          { start: '15:00', end: '15:15' },
        ],
        queue: null,
        site: null,
      },
    });
    assert.deepEqual(errors, [{ line: 4, message: 'expected 5 fields, found 3' }]);
    assert.match(
      refusal(() => parseRosterCsv('agent,day,start,end\n')),
      /line 1: .*unknown: day; missing: date/,
    );
    assert.match(
      refusal(() => parseRosterCsv('x'.repeat(300 * 1024))),
      /larger than 262144 bytes/,
    );
  });
});
