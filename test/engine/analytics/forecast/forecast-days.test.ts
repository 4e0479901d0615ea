import { strict as assert } from 'node:assert';
import { forecastDays, rollingAccuracy, type HistoryDay } from '../../../../engine/analytics/forecast/index.ts';
import { expectedTotal, generateHistory, SLOTS } from './generated-history.ts';

const nextWeek = (history: HistoryDay[], holidays: number[] = []) =>
  Array.from({ length: 7 }, (_, i) => {
    const d = history.length + i;
    return { date: `day-${d}`, weekday: d % 7, holiday: holidays.includes(d) };
  });
const totals = (days: { total: number }[]) => days.map((d) => d.total);

describe('forecast (Holt-Winters daily x intraday profile)', () => {
  // 16 weeks; a holiday on the Wednesday of week 14 (inside the folds).
  const HOLIDAY = 13 * 7 + 3;
  const history = generateHistory(16, [HOLIDAY]);

  it('beats seasonal-naive WAPE over 4 rolling one-week-ahead folds', () => {
    const accuracy = rollingAccuracy(history, SLOTS, 4);
    assert.equal(accuracy.folds, 4);
    assert.ok(accuracy.wape !== null && accuracy.baselineWape !== null);
    assert.ok(accuracy.wape < accuracy.baselineWape, `${accuracy.wape} < ${accuracy.baselineWape}`);
    // Noise of CV 10% per interval bounds what any method reaches; the model should come near it.
    assert.ok(accuracy.wape < 0.12, `wape ${accuracy.wape}`);
  });

  it('a holiday in the last week does not distort the following week', () => {
    const LAST_WED = 15 * 7 + 3;
    const withHoliday = generateHistory(16, [LAST_WED]);
    const without = generateHistory(16);
    const a = totals(forecastDays(withHoliday, nextWeek(withHoliday), SLOTS));
    const b = totals(forecastDays(without, nextWeek(without), SLOTS));
    a.forEach((v, i) => {
      assert.ok(Math.abs(v - b[i]) / b[i] < 0.03, `day ${i}: ${v} vs ${b[i]} without the holiday`);
      const truth = expectedTotal(withHoliday.length + i);
      assert.ok(Math.abs(v - truth) / truth < 0.08, `day ${i}: ${v} vs expected ${truth}`);
    });
  });

  it('closes holidays of the forecast and spreads open days by the weekday profile', () => {
    const future = nextWeek(history, [history.length + 1]);
    const days = forecastDays(history, future, SLOTS);
    assert.equal(days[1].closed, true);
    assert.equal(days[1].total, 0);
    assert.ok(days[1].slots.every((s) => s.arrivals === 0));
    const monday = days.find((d) => d.weekday === 2)!;
    const sum = monday.slots.reduce((a, s) => a + s.arrivals, 0);
    assert.ok(Math.abs(sum - monday.total) < 1e-6);
    assert.equal(monday.slots[4 * 3].arrivals, 0, 'closed at 03:00 as the history was');
    assert.ok(Math.abs(monday.slots[40].averageHandleSeconds - 300) < 1e-6);
  });
});
