import { strict as assert } from 'node:assert';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

function refused(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.on('connect', () => (socket.destroy(), resolve(false)));
    socket.on('error', () => resolve(true));
  });
}

async function gql(webUrl: string, query: string, token?: string): Promise<any> {
  const res = await fetch(`${webUrl}graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token && { authorization: `Bearer ${token}` }) },
    body: JSON.stringify({ query }),
  });
  const body = (await res.json()) as { data?: any; errors?: unknown };
  assert.ok(body.data, JSON.stringify(body.errors));
  return body.data;
}

const signIn = async (webUrl: string, user: string): Promise<string> =>
  (await gql(webUrl, `mutation { signIn(userId: "${user}", password: "demo") { token } }`)).signIn.token;

describe('npm run dev (scripts/dev.ts)', function () {
  this.timeout(120_000);
  let dev: ChildProcess;
  let out = '';
  let dir: string;
  let exited: Promise<number | null>;
  const entry = join(root, 'server.ts');
  const { atime, mtime } = statSync(entry);

  const waitFor = async (pattern: RegExp, from = 0): Promise<RegExpExecArray> => {
    for (let i = 0; i < 900; i++) {
      const match = pattern.exec(out.slice(from));
      if (match) return match;
      if (dev.exitCode !== null) throw new Error(`dev exited (${dev.exitCode}): ${out}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`no ${pattern} in: ${out}`);
  };

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'crossdesk-dev-'));
    const [apiPort, webPort] = [await freePort(), await freePort()];
    dev = spawn(process.execPath, ['--import', 'tsx', 'scripts/dev.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(apiPort),
        WEB_PORT: String(webPort),
        DATABASE_URL: join(dir, 'dev.sqlite'),
        CROSSDESK_DEMO: 'true',
        LOG_LEVEL: 'warn',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true, // its own process group, so a failed test can end the server and Vite with it
    });
    exited = new Promise((resolve) => dev.on('exit', (code) => resolve(code)));
    dev.stdout!.on('data', (d) => (out += d));
    dev.stderr!.on('data', (d) => (out += d));
  });

  after(async () => {
    if (dev.exitCode === null) process.kill(-dev.pid!, 'SIGKILL');
    utimesSync(entry, atime, mtime);
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves the web app with hot reload, proxies /graphql to the server, restarts it on change, and stops both', async () => {
    const [, webUrl, apiUrl] = await waitFor(/dev: web app on (\S+) \(hot reload\), \/graphql proxied to (\S+)/);
    const apiPort = Number(new URL(apiUrl).port);
    const webPort = Number(new URL(webUrl).port);

    const index = await (await fetch(webUrl)).text();
    assert.match(index, /<script type="module" src="\/@vite\/client"><\/script>/);
    const app = await (await fetch(`${webUrl}src/App.svelte`)).text();
    assert.match(app, /import\.meta\.hot/, 'Svelte components are served with hot-reload code');

    // A live subscription streams through the proxy: an event arrives while the stream stays open.
    const supervisor = await signIn(webUrl, 'supervisor');
    const query = encodeURIComponent('subscription { taskEvents { type task { name } } }');
    const sse = await fetch(`${webUrl}graphql?query=${query}`, {
      headers: { accept: 'text/event-stream', authorization: `Bearer ${supervisor}` },
    });
    assert.equal(sse.status, 200);
    assert.match(sse.headers.get('content-type')!, /^text\/event-stream/);
    const reader = sse.body!.pipeThrough(new TextDecoderStream()).getReader();
    const agent = await signIn(webUrl, 'agent');
    await gql(
      webUrl,
      'mutation { startProcess(input: { key: "complaint-handling", variables: { caseRef: "D-1" } }) { id } }',
      agent,
    );
    let stream = '';
    while (!stream.includes('task.created')) {
      const { value, done } = await reader.read();
      if (done) break;
      stream += value;
    }
    assert.match(stream, /Review complaint D-1/);
    await reader.cancel();

    const before = out.length;
    const now = new Date();
    utimesSync(entry, now, now);
    await waitFor(/listening on /, before);
    // tsx watch may restart once more while the first restart settles: the proxy answers within seconds.
    let token = '';
    for (let tries = 0; !token && tries < 40; tries++)
      token = await signIn(webUrl, 'designer').catch(() => new Promise<string>((r) => setTimeout(() => r(''), 500)));
    assert.match(token, /^cdk_/, 'the restarted server answers through the proxy');

    dev.kill('SIGTERM');
    assert.equal(await exited, 0);
    assert.ok(await refused(apiPort), 'the server stopped');
    assert.ok(await refused(webPort), 'Vite stopped');
  });
});
