import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DATABASE, testDatabases } from './context.ts';

const root = new URL('../../', import.meta.url);

/** A fresh database that a separate server process can open through DATABASE_URL (the server migrates it). */
export async function makeServerDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (TEST_DATABASE.client === 'pg') {
    const databases = testDatabases();
    const url = await databases.create();
    return { url, drop: () => databases.drop(url) };
  }
  const dir = mkdtempSync(join(tmpdir(), 'crossdesk-srv-'));
  return { url: join(dir, 'server.sqlite'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

/** A server started as its own process, the way `npm start` runs it. */
export interface ServerProcess {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code or signal. */
  exited: Promise<string>;
}

/** Starts `server.ts` in a child process and waits for its `listening on` line. */
export function spawnServer(env: Record<string, string>): Promise<ServerProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', CROSSDESK_DEMO: 'false', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    const exited = new Promise<string>((done) => child.on('exit', (code, signal) => done(signal ?? String(code))));
    child.stderr!.on('data', (d) => (stderr += d));
    child.stdout!.on('data', (d) => {
      const url = /listening on (http:\/\/\S+)/.exec(String(d))?.[1];
      if (url) resolve({ url, child, exited });
    });
    exited.then((how) => reject(new Error(`server exited (${how}) before listening: ${stderr}`)));
  });
}
