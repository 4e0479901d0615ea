import { strict as assert } from 'node:assert';
import { compare, formatNumber, markdownTable, parseOptions, readFigures } from '../../bench/alternate-figures.ts';

describe('bench:alternate', () => {
  it('given only --old, then it compares against HEAD with bench:engine over 5 rounds', () => {
    assert.deepEqual(parseOptions(['--old', 'HEAD~2']), {
      old: 'HEAD~2',
      new: 'HEAD',
      bench: 'bench:engine',
      rounds: 5,
    });
    assert.deepEqual(parseOptions(['--old=a1', '--new', 'b2', '--bench', 'bench:routing', '--rounds', '2']), {
      old: 'a1',
      new: 'b2',
      bench: 'bench:routing',
      rounds: 2,
    });
  });

  it('refuses a missing --old, an unknown bench, a bad round count or an unknown option, with the usage', () => {
    for (const args of [[], ['--old', 'x', '--bench', 'bench:nope'], ['--old', 'x', '--rounds', '0'], ['--wat']])
      assert.throws(() => parseOptions(args), /usage: npm run bench:alternate|Unknown option/);
  });

  it('reads the --json line, and from a revision before it the human lines into the same names', () => {
    assert.deepEqual(readFigures('bench:routing', 'human line\n{"figures":{"release p99 ms":5.5}}\n'), {
      'release p99 ms': 5.5,
    });
    const routing = [
      'decision time over 100,000 waiting tasks (500 agents): index p50 0.29 ms p99 1.08 ms; naive scan p50 29.50 ms p99 36.00 ms; median speed-up 103x; same choice 100.0%',
      'agent release -> reservation (7,500 agents, 100,000 waiting, 100/s): p50 1.70 ms p99 9.29 ms over 998; router rebuild 5,600 ms',
      'task arrival -> reservation (7,500 idle agents, 100/s): p50 2.78 ms p99 9.17 ms over 1000',
      'burst drain: 50,000 tasks arriving at once to 500 agents: 2,413 reservations/s',
    ].join('\n');
    assert.deepEqual(readFigures('bench:routing', routing), {
      'decision index p50 ms': 0.29,
      'decision index p99 ms': 1.08,
      'decision naive p50 ms': 29.5,
      'decision naive p99 ms': 36,
      'release p50 ms': 1.7,
      'release p99 ms': 9.29,
      'router rebuild ms': 5600,
      'arrival p50 ms': 2.78,
      'arrival p99 ms': 9.17,
      'burst reservations /s': 2413,
    });
    const median = (m: number) => ({ median: m, runs: [m] });
    const engine = JSON.stringify({
      startToWait: { rawXml: median(116), rawCtx: median(257), durable: median(122) },
      claimComplete: { raw: median(376), durable: median(82) },
      rss: null,
    });
    assert.deepEqual(readFigures('bench:engine', `machine: ...\n${engine}\n`), {
      'start-to-wait raw XML /s': 116,
      'start-to-wait raw pre-serialized /s': 257,
      'start-to-wait durable /s': 122,
      'claim+complete raw /s': 376,
      'claim+complete durable /s': 82,
    });
    assert.throws(() => readFigures('bench:engine', 'nothing here'), /no figures/);
  });

  it('takes the median of each figure per revision (even counts average the middle two) and new/old', () => {
    const rows = compare(
      [{ a: 10, b: 1 }, { a: 30, b: 3 }, { a: 20 }],
      [
        { a: 40, b: 0 },
        { a: 60, b: 2 },
      ],
    );
    assert.deepEqual(rows, [
      { figure: 'a', old: 20, new: 50, ratio: 2.5 },
      { figure: 'b', old: 2, new: 1, ratio: 0.5 },
    ]);
    assert.ok(Number.isNaN(compare([{ a: 0 }], [{ a: 1 }])[0].ratio));
    assert.ok(Number.isNaN(compare([{}], [{ a: 1 }])[0].old), 'a figure only the new revision prints');
  });

  it('formats a markdown table with aligned columns, fewer decimals for larger figures, and "—" for what is missing', () => {
    assert.deepEqual([2413.4, 29.46, 0.294, NaN].map(formatNumber), ['2,413', '29.5', '0.29', '—']);
    const table = markdownTable(
      [
        { figure: 'burst reservations /s', old: 2000, new: 2413.4, ratio: 1.2067 },
        { figure: 'release p99 ms', old: NaN, new: 5.5, ratio: NaN },
      ],
      'old abc1234 (median)',
      'new def5678 (median)',
    );
    assert.equal(
      table,
      [
        '| measure               | old abc1234 (median) | new def5678 (median) | new / old |',
        '| --------------------- | -------------------- | -------------------- | --------- |',
        '| burst reservations /s | 2,000                | 2,413                | 1.21x     |',
        '| release p99 ms        | —                    | 5.50                 | —         |',
      ].join('\n'),
    );
  });
});
