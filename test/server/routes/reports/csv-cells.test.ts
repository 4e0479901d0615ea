import { strict as assert } from 'node:assert';
import { escapeCell } from '../../../../server/routes/reports/csv-cells.ts';

describe('CSV cells: spreadsheet formula injection', () => {
  it('puts an apostrophe before text starting with = + - @ (and tab or carriage return), and leaves the rest alone', () => {
    for (const text of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1'])
      assert.equal(escapeCell(text), `'${text}`);
    for (const text of ['review', 'a=b', '', "'quoted"]) assert.equal(escapeCell(text), text);
    // Figures stay figures: a negative number is not text a spreadsheet would run.
    assert.equal(escapeCell(-5), -5);
    assert.equal(escapeCell(null), null);
  });
});
