import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { loadConfig } from '../../../config.ts';
import { makeServerDatabase, spawnServer, type ServerProcess } from '../../support/server-process.ts';
import { aliases, deepestAllowedLoop, loopQuery } from './hostile-queries.ts';

const wideXml = readFileSync(new URL('../fixtures/wide-review.bpmn', import.meta.url), 'utf8');
const limits = loadConfig({}).queryLimits;

/** Resident memory of a process, in MB, from /proc. */
function rssMb(pid: number): number {
  const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  return Number(kb) / 1024;
}

describe('query limits against a real server process (issue: one signed-in user took the server down)', function () {
  this.timeout(120_000);
  let server: ServerProcess;
  let db: Awaited<ReturnType<typeof makeServerDatabase>>;
  before(async () => {
    db = await makeServerDatabase();
    // A bounded heap: a server without limits dies of the loop query quickly instead of eating the machine.
    server = await spawnServer({
      DATABASE_URL: db.url,
      CROSSDESK_DEMO: 'true',
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --max-old-space-size=512`.trim(),
    });
  });
  after(async () => {
    server?.child.kill('SIGKILL');
    await server?.exited;
    await db?.drop();
  });

  /** POSTs an operation with a token; rejects when the server is gone. */
  async function gql(query: string, variables: Record<string, unknown>, token?: string) {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    return (await res.json()) as { data?: any; errors?: any[] };
  }
  const signIn = async (user: string) =>
    (await gql('mutation($u: ID!) { signIn(userId: $u, password: "demo") { token } }', { u: user })).data.signIn.token;

  it('refuses 100 loop queries over a 50-task instance, then the 50-level loop and the alias bombs, each fast, in bounded memory', async () => {
    const designer = await signIn('designer');
    const expert = await signIn('expert');
    await gql('mutation($x: String!) { deployProcess(input: { bpmnXml: $x }) { id } }', { x: wideXml }, designer);
    const started = await gql(
      'mutation { startProcess(input: { key: "wide-review" }) { id tasks { id } } }',
      {},
      expert,
    );
    const tasks = started.data.startProcess.tasks as { id: string }[];
    assert.ok(tasks.length >= 50, `${tasks.length} tasks`);
    const id = tasks[0].id;
    const hostile = [
      { query: deepestAllowedLoop(limits.maxDepth), variables: { id }, limit: 'cost' },
      { query: loopQuery(100), variables: { id }, limit: 'depth' },
      { query: aliases(300, 'tasks(first: 200) { edges { node { id } } }'), variables: {}, limit: 'tokens' },
      { query: aliases(20_000, 'me { id }'), variables: {}, limit: 'tokens' },
    ];
    const send = async (h: (typeof hostile)[number]) => {
      const t0 = performance.now();
      const result = await gql(h.query, h.variables, expert);
      const ms = performance.now() - t0;
      assert.equal(result.errors?.[0]?.extensions?.code, 'QUERY_TOO_COMPLEX', JSON.stringify(result).slice(0, 200));
      assert.equal(result.errors[0].extensions.limit, h.limit);
      return ms;
    };
    // Warm-up: code paths compiled, caches filled, and V8's young generation grown to its working size
    // (it grows in steps of megabytes under a high allocation rate, which is not what is measured).
    for (let i = 0; i < 20; i++) for (const h of hostile) if (h !== hostile[3] || i % 5 === 0) await send(h);
    const before = rssMb(server.child.pid!);
    const times: number[] = [];
    for (let i = 0; i < 100; i++) times.push(await send(hostile[0]));
    const afterLoops = rssMb(server.child.pid!);
    // The bombs again (the 20,000-alias one is 240 kB a request: a few of it).
    for (const [h, n] of [
      [hostile[1], 10],
      [hostile[2], 10],
      [hostile[3], 2],
    ] as const)
      for (let i = 0; i < n; i++) times.push(await send(h));
    const afterBombs = rssMb(server.child.pid!);
    times.sort((a, b) => a - b);
    const worst = times.at(-1)!;
    const median = times[times.length >> 1];
    const figures = `${times.length} refusals, median ${median.toFixed(1)} ms, worst ${worst.toFixed(1)} ms; RSS ${before.toFixed(1)} -> ${afterLoops.toFixed(1)} MB (100 loops) -> ${afterBombs.toFixed(1)} MB (bombs)`;
    assert.ok(worst < 1000, figures);
    assert.ok(median < 200, figures);
    // Bounded, not exact: the server's own loops (change feed poll, heartbeats, lease) allocate meanwhile,
    // so a few MB of heap growth are theirs; a query that escaped its limits costs hundreds.
    assert.ok(afterLoops - before < 40, figures);
    assert.ok(afterBombs - afterLoops < 40, figures);
    assert.deepEqual((await gql('{ me { id } }', {}, expert)).data, { me: { id: 'expert' } });
    // Figures for docs/benchmarks.md when run with CROSSDESK_REPORT=1.
    if (process.env.CROSSDESK_REPORT) process.stderr.write(`${figures}\n`);
  });
});
