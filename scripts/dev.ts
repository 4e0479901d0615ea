/**
 * `npm run dev`: the server under `tsx watch`, restarted when one of its modules, GraphQL schema files,
 * BPMN models or JSON descriptors changes, and Vite's dev server for the web app (hot reload), whose
 * /graphql proxy reaches that server. One command; Ctrl-C (or SIGTERM) stops both.
 *
 * PORT is the server's port (default 3000), WEB_PORT the web app's (default 5173); the other settings
 * reach the server unchanged (README configuration table).
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('../', import.meta.url));
/** What a restart watches beyond the modules the server imports (files it reads by path). */
const WATCH_ALSO = ['graphql/schema/*.graphql', 'engine/**/*.bpmn', 'engine/**/*.json'];

let stopping = false;

function port(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 65535) {
    process.stderr.write(
      `npm run dev: ${name} must be a port number from 1 to 65535 (a restart keeps it), got "${raw}"\n`,
    );
    process.exit(1);
  }
  return value;
}

/** Where the proxy reaches the server: a wildcard listen address is reached on loopback. */
function serverHost(host = '0.0.0.0'): string {
  if (host === '0.0.0.0' || host === '') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return host.includes(':') ? `[${host}]` : host;
}

const apiPort = port('PORT', 3000);
const webPort = port('WEB_PORT', 5173);
const apiUrl = `http://${serverHost(process.env.HOST)}:${apiPort}`;

const tsx = createRequire(import.meta.url).resolve('tsx/cli');
const watchArgs = WATCH_ALSO.flatMap((glob) => ['--include', glob]);
const server = spawn(process.execPath, [tsx, 'watch', '--clear-screen=false', ...watchArgs, 'server.ts'], {
  cwd: root,
  env: { ...process.env, PORT: String(apiPort) },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const serverExited = new Promise<number>((resolve) => server.on('exit', (code) => resolve(code ?? 1)));
const serverUp = new Promise<void>((resolve) =>
  server.stdout.on('data', (chunk: Buffer) => {
    process.stdout.write(chunk);
    if (chunk.includes('listening on ')) resolve();
  }),
);

async function stop(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  server.kill('SIGTERM');
  const killer = setTimeout(() => server.kill('SIGKILL'), 10_000);
  await Promise.all([
    vite.then(
      (web) => web.close(),
      () => undefined,
    ),
    serverExited,
  ]);
  clearTimeout(killer);
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));
// tsx watch outlives a crashing server (it waits for the next change); if tsx itself ends, so does dev.
void serverExited.then((code) => stop(code || 1));

const ownSigtermListeners = new Set(process.listeners('SIGTERM'));
const vite = createServer({
  configFile: join(root, 'web/vite.config.ts'),
  server: { port: webPort, strictPort: true, proxy: { '/graphql': { target: apiUrl } } },
}).then((web) => {
  // Vite adds a SIGTERM listener that exits the process (code 143) once Vite alone has closed, which
  // races stop() and can leave the server running. stop() closes both, so that listener goes.
  for (const listener of process.listeners('SIGTERM'))
    if (!ownSigtermListeners.has(listener)) process.off('SIGTERM', listener as () => void);
  return web;
});

try {
  const web = await vite;
  await web.listen();
  await serverUp;
  const webUrl = web.resolvedUrls?.local[0] ?? `http://localhost:${webPort}/`;
  process.stdout.write(
    `dev: web app on ${webUrl} (hot reload), /graphql proxied to ${apiUrl} (restarts on change); Ctrl-C stops both\n`,
  );
} catch (err) {
  // Vite could not start (its port is taken, say): stop the server too rather than leave it behind.
  process.stderr.write(`npm run dev: ${err instanceof Error ? err.message : String(err)}\n`);
  await stop(1);
}
