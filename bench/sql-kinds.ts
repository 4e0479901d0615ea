/**
 * For a CPU profile only (issue 25's layer breakdown): wraps better-sqlite3's statement methods so that
 * every statement runs under a function named for its kind (sqlRead, sqlWrite, sqlCommit, sqlBegin,
 * sqlOther), which bench/profile-layers.ts reads off the stack; the native step then counts for its
 * kind instead of for knex's `_query`. Import it before the database opens (`--import` for a server).
 * Adds one call and a cached regexp test per statement; changes nothing else.
 */
import { createRequire } from 'node:module';

const Database = createRequire(import.meta.url)('better-sqlite3');
const probe = new Database(':memory:');
const Statement = Object.getPrototypeOf(probe.prepare('select 1'));
probe.close();

type Run = (this: unknown, ...args: unknown[]) => unknown;
const kinds = new WeakMap<object, string>();
function kindOf(statement: { source: string }): string {
  let kind = kinds.get(statement);
  if (!kind) {
    const head = /^\s*(\w+)/.exec(statement.source)?.[1]?.toLowerCase() ?? '';
    kind =
      head === 'select' || head === 'with'
        ? 'read'
        : head === 'insert' || head === 'update' || head === 'delete' || head === 'replace'
          ? 'write'
          : head === 'commit' || head === 'end'
            ? 'commit'
            : head === 'begin'
              ? 'begin'
              : 'other';
    kinds.set(statement, kind);
  }
  return kind;
}

// One named function per kind: the name is what the profile shows.
const byKind: Record<string, (f: Run, self: unknown, args: unknown[]) => unknown> = {
  read: function sqlRead(f, self, args) {
    return f.apply(self, args);
  },
  write: function sqlWrite(f, self, args) {
    return f.apply(self, args);
  },
  commit: function sqlCommit(f, self, args) {
    return f.apply(self, args);
  },
  begin: function sqlBegin(f, self, args) {
    return f.apply(self, args);
  },
  other: function sqlOther(f, self, args) {
    return f.apply(self, args);
  },
};

// BENCH_SQL_TRACE=regexp prints where the first dozen statements matching it came from (async stacks).
const trace = process.env.BENCH_SQL_TRACE ? new RegExp(process.env.BENCH_SQL_TRACE) : null;
let traced = 0;

/** Statements run, by SQL text (bench/profile-commands.ts prints them per operation). */
export const statementCounts = new Map<string, number>();

for (const method of ['run', 'all', 'get', 'iterate']) {
  const original = Statement[method] as Run;
  Statement[method] = function (this: { source: string }, ...args: unknown[]) {
    statementCounts.set(this.source, (statementCounts.get(this.source) ?? 0) + 1);
    if (trace?.test(this.source) && traced++ < 12) console.error(new Error(this.source.slice(0, 60)).stack);
    return byKind[kindOf(this)]!(original, this, args);
  };
}

// In a server started with BENCH_SQL_COUNTS=file: SIGUSR2 writes the counts so far there and resets them.
const countsFile = process.env.BENCH_SQL_COUNTS;
if (countsFile) {
  const { writeFileSync } = await import('node:fs');
  process.on('SIGUSR2', () => {
    writeFileSync(countsFile, JSON.stringify([...statementCounts]));
    statementCounts.clear();
  });
}
