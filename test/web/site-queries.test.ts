import { strict as assert } from 'node:assert';
import { formatHolidays, formatHours, parseHolidays, parseHours } from '../../web/src/lib/site-queries.ts';

describe('web: site hours and holidays as typed', () => {
  it('reads day ranges into hours per weekday and writes them back joined', () => {
    const parsed = parseHours('mon-fri 09:00-17:00\nSAT 10:00-13:00\n');
    assert.ok('hours' in parsed);
    assert.equal(parsed.hours.length, 6);
    assert.deepEqual(parsed.hours[5], { day: 'SAT', open: '10:00', close: '13:00' });
    assert.equal(formatHours(parsed.hours), 'MON-FRI 09:00-17:00\nSAT 10:00-13:00');
    // A split day stays two lines; a gap in the week breaks the range.
    const split = parseHours('MON 08:00-12:00\nMON 13:00-17:00\nWED 08:00-12:00');
    assert.ok('hours' in split);
    assert.equal(formatHours(split.hours), 'MON 08:00-12:00\nMON 13:00-17:00\nWED 08:00-12:00');
  });

  it('names the first line it cannot read', () => {
    assert.deepEqual(parseHours('MON-FRI 09:00-17:00\nweekdays 9 to 5'), { bad: 'weekdays 9 to 5' });
    assert.deepEqual(parseHours('FRI-MON 09:00-17:00'), { bad: 'FRI-MON 09:00-17:00' });
    assert.deepEqual(parseHolidays('2026-05-01 Labour Day\nChristmas'), { bad: 'Christmas' });
  });

  it('reads and writes holidays one per line', () => {
    const parsed = parseHolidays('2026-05-01 Labour Day\n\n2026-12-25  Christmas ');
    assert.ok('holidays' in parsed);
    assert.deepEqual(parsed.holidays, [
      { date: '2026-05-01', name: 'Labour Day' },
      { date: '2026-12-25', name: 'Christmas' },
    ]);
    assert.equal(formatHolidays(parsed.holidays), '2026-05-01 Labour Day\n2026-12-25 Christmas');
  });
});
