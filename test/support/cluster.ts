import { spawn, type ChildProcess } from 'node:child_process';
import knexPkg, { type Knex } from 'knex';
import { TEST_DATABASE } from './context.ts';
import { makeServerDatabase } from './server-process.ts';

const { knex } = knexPkg;

const root = new URL('../../', import.meta.url);

/** The admin token of cluster test nodes. */
export const CLUSTER_TOKEN = 'cluster-test-admin';

/** A server process as one node of a cluster on a shared PostgreSQL database. */
export interface ClusterNode {
  id: string;
  url: string;
  child: ChildProcess;
  /** Its stderr so far (JSON log lines at LOG_LEVEL=info). */
  log(): string;
  /** Resolves with the exit code or signal. */
  exited: Promise<string>;
}

/** Starts `server.ts` as node `id` on `databaseUrl`; resolves once it listens. */
export function spawnNode(id: string, databaseUrl: string, env: Record<string, string> = {}): Promise<ClusterNode> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'info',
        CROSSDESK_DEMO: 'false',
        CROSSDESK_ADMIN_TOKEN: CLUSTER_TOKEN,
        CROSSDESK_NODE_ID: id,
        DATABASE_URL: databaseUrl,
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<string>((done) => child.on('exit', (code, signal) => done(signal ?? String(code))));
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.on('data', (d) => {
      const url = /listening on (http:\/\/\S+)/.exec(String(d))?.[1];
      if (url) resolve({ id, url, child, exited, log: () => stderr });
    });
    exited.then((how) => reject(new Error(`node ${id} exited (${how}) before listening: ${stderr}`)));
  });
}

/** POSTs a GraphQL operation with the admin token (acting as `as` when given); throws on errors. */
export async function gqlOn(
  node: ClusterNode,
  query: string,
  variables: Record<string, unknown> = {},
  as?: string,
): Promise<any> {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${CLUSTER_TOKEN}`,
  };
  if (as) headers['x-act-as'] = as;
  const res = await fetch(`${node.url}/graphql`, {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: any; errors?: any[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** The node's role as /health reports it, or null when it does not answer. */
export async function roleOf(node: ClusterNode): Promise<string | null> {
  try {
    const res = await fetch(`${node.url}/health`, { signal: AbortSignal.timeout(2000) });
    return ((await res.json()) as { role?: string }).role ?? null;
  } catch {
    return null;
  }
}

/** Polls `check` every `everyMs` until it answers truthy; throws after `withinMs`. */
export async function waitFor<T>(
  what: string,
  check: () => Promise<T> | T,
  withinMs = 20_000,
  everyMs = 50,
): Promise<T> {
  const until = Date.now() + withinMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}

/** Log lines of a node with this message (JSON lines at LOG_LEVEL=info). */
export function logLines(node: ClusterNode, msg: string): Record<string, unknown>[] {
  return node
    .log()
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return {};
      }
    })
    .filter((entry) => entry.msg === msg);
}

/** One server-sent event as it came over the wire (`id` when the server gave one). */
export interface SseFrame {
  id?: string;
  event?: string;
  data?: any;
}

/** A GraphQL subscription over SSE, read frame by frame (ids and all). */
export interface SseStream {
  frames: SseFrame[];
  /** The `next` payloads' data. */
  data(): any[];
  /** When the server ended the stream (performance.now()), or null while it is open. */
  endedAt(): number | null;
  close(): Promise<void>;
}

/** Opens `query` as an SSE stream on `node` with `token` (and extra `headers`, e.g. Last-Event-ID). */
export async function sseOn(
  node: { url: string },
  query: string,
  token: string,
  headers: Record<string, string> = {},
): Promise<SseStream> {
  const controller = new AbortController();
  const res = await fetch(`${node.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'text/event-stream',
      authorization: `Bearer ${token}`,
      ...headers,
    },
    body: JSON.stringify({ query }),
    signal: controller.signal,
  });
  if (res.status !== 200) throw new Error(`subscription refused (${res.status}): ${await res.text()}`);
  const frames: SseFrame[] = [];
  let endedAt: number | null = null;
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const pump = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return void (endedAt = performance.now());
      buffer += decoder.decode(value, { stream: true });
      for (let at = buffer.indexOf('\n\n'); at >= 0; at = buffer.indexOf('\n\n')) {
        const lines = buffer.slice(0, at).split('\n');
        buffer = buffer.slice(at + 2);
        const field = (name: string) =>
          lines
            .find((l) => l.startsWith(`${name}:`))
            ?.slice(name.length + 1)
            .trim();
        const data = field('data');
        if (lines.every((l) => l.startsWith(':'))) continue; // a keep-alive comment
        frames.push({ id: field('id'), event: field('event'), data: data ? JSON.parse(data) : undefined });
      }
    }
  })();
  return {
    frames,
    data: () => frames.filter((f) => f.event === 'next').map((f) => f.data?.data),
    endedAt: () => endedAt,
    close: async () => {
      controller.abort();
      await pump;
    },
  };
}

/** Variables of the routed-task fixture: one back-office task in `backoffice`, no skills, `ref` to find it. */
export const routedVars = (ref: string) => ({
  ref,
  priority: 50,
  groups: '',
  skills: '',
  queue: 'backoffice',
  value: 0,
  interruptible: false,
  channel: 'BACKOFFICE',
});

/** What `clusterPerTest` gives each test: its own database, a connection to its rows, the nodes it spawned. */
export interface ClusterTestBed {
  db: { url: string; drop(): Promise<void> };
  rows: Knex;
  nodes: ClusterNode[];
}

/**
 * Registers the hooks of a describe whose tests spawn nodes on a fresh PostgreSQL database (skipped on
 * SQLite). After each test every node still alive is woken (a test may have stopped it) and killed,
 * then the database is dropped. Read the fields inside the test: they are replaced before each.
 */
export function clusterPerTest(): ClusterTestBed {
  const bed = { nodes: [] } as unknown as ClusterTestBed;
  before(function () {
    if (TEST_DATABASE.client !== 'pg') this.skip();
  });
  beforeEach(async () => {
    bed.db = await makeServerDatabase();
    bed.rows = knex({ client: 'pg', connection: bed.db.url, pool: { min: 0, max: 2 } });
    bed.nodes = [];
  });
  afterEach(async () => {
    for (const n of bed.nodes) {
      n.child.kill('SIGCONT');
      if (n.child.exitCode === null && n.child.signalCode === null) n.child.kill('SIGKILL');
    }
    await Promise.all(bed.nodes.map((n) => n.exited));
    await bed.rows?.destroy();
    await bed.db?.drop();
  });
  return bed;
}
