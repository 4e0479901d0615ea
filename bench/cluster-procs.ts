import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import pg from 'pg';

/** Helpers of bench:cluster: node processes, CPU time from /proc, PostgreSQL backends. */

const root = new URL('../', import.meta.url);
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

export interface NodeProcess {
  id: string;
  url: string;
  child: ChildProcess;
  exited: Promise<string>;
  /** The end of what the node wrote to stderr (its error log). */
  log(): string;
}

export const TOKEN = 'bench-cluster-admin';
export const CTI = 'mutation($i: CtiEventInput!) { ctiEvent(input: $i) { outcome } }';

/** One GraphQL request to a node as the configured admin; throws on any error. */
export async function gql(node: NodeProcess, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${node.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** Starts `server.ts` as its own process (node directly, so the pid is the server's). */
export function startNode(id: string, env: Record<string, string>): Promise<NodeProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'error',
        CROSSDESK_DEMO: 'false',
        CROSSDESK_NODE_ID: id,
        // One bench user sends every command: the per-user request limit would measure itself.
        CROSSDESK_REQUEST_RATE_LIMIT: '1000000',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<string>((done) => child.on('exit', (code, signal) => done(signal ?? String(code))));
    child.stderr!.on('data', (d) => {
      stderr += d;
      if (stderr.length > 100_000) stderr = stderr.slice(-50_000);
    });
    child.stdout!.on('data', (d) => {
      const url = /listening on (http:\/\/\S+)/.exec(String(d))?.[1];
      if (url) resolve({ id, url, child, exited, log: () => stderr });
    });
    void exited.then((how) => reject(new Error(`node ${id} exited (${how}): ${stderr}`)));
  });
}

/** CPU milliseconds (user + system) a process has used so far; 0 when it is gone. */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces) start at state; utime, stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** The pids of the PostgreSQL backends serving `database` now (the sampler's own excluded). */
export async function backendPids(admin: pg.Client, database: string): Promise<number[]> {
  const { rows } = await admin.query(
    'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
    [database],
  );
  return rows.map((r: { pid: number }) => r.pid);
}

/**
 * CPU of a set of processes over a stretch of time: sample at start, again at the end; processes that
 * appear during the stretch count from zero, ones that exit are lost (so backends are sampled every second).
 */
export function makeCpuMeter() {
  const first = new Map<number, number>();
  const last = new Map<number, number>();
  return {
    sample(pids: readonly number[]) {
      for (const pid of pids) {
        const now = cpuMs(pid);
        if (!first.has(pid)) first.set(pid, now);
        if (now > 0) last.set(pid, now);
      }
    },
    totalMs: () => [...last].reduce((sum, [pid, ms]) => sum + ms - (first.get(pid) ?? 0), 0),
  };
}

export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}
