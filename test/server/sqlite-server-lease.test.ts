import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TEST_DATABASE } from '../support/context.ts';
import { spawnServer, type ServerProcess } from '../support/server-process.ts';

const root = new URL('../../', import.meta.url);

function admin(args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', 'scripts/admin.ts', ...args],
      { cwd: root, env: { ...process.env, ...env } },
      (err, stdout, stderr) =>
        resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

// SQLite whatever the suite's database: the lease is SQLite's (PostgreSQL serves several nodes).
describe('SQLite is one server: the server lease, with real processes', function () {
  this.timeout(120_000);
  before(function () {
    // SQLite's own rule: the suite's PostgreSQL pass has nothing to add here.
    if (TEST_DATABASE.client === 'pg') this.skip();
  });
  let dir: string;
  const running: ServerProcess[] = [];
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'crossdesk-lease-'));
  });
  afterEach(async () => {
    for (const s of running.splice(0)) {
      if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGTERM');
      await s.exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a second server on the file (pointing to PostgreSQL), keeps the admin tool working, and lets a restart after kill -9 in', async () => {
    const env = { DATABASE_URL: join(dir, 'one.sqlite'), CROSSDESK_ADMIN_TOKEN: 'lease-test' };
    const first = await spawnServer(env);
    running.push(first);

    await assert.rejects(spawnServer(env), (err: Error) => {
      assert.match(err.message, /server exited \(2\)/);
      assert.match(err.message, /already serves this SQLite database/);
      assert.match(err.message, /PostgreSQL/);
      return true;
    });

    // Not a lock on the database: the admin tool writes beside the running server.
    const created = await admin(['create-user', '--id', 'leasetest', '--role', 'agent'], env);
    assert.equal(created.code, 0, created.stderr);
    assert.ok(created.stdout.trim().length > 0, 'prints the one-time password');
    const health = await fetch(`${first.url}/health/ready`);
    assert.equal(health.status, 200);

    first.child.kill('SIGKILL');
    assert.equal(await first.exited, 'SIGKILL');
    // Its lease row stays behind, with a fresh heartbeat; its process is gone, so a restart goes in.
    const started = performance.now();
    const again = await spawnServer(env);
    running.push(again);
    assert.equal((await fetch(`${again.url}/health`)).status, 200);
    assert.ok(performance.now() - started < 60_000);
  });

  it('lets the next server in at once after a clean stop (SIGTERM releases the lease)', async () => {
    const env = { DATABASE_URL: join(dir, 'two.sqlite') };
    const first = await spawnServer(env);
    assert.equal((await fetch(`${first.url}/health/ready`)).status, 200);
    first.child.kill('SIGTERM');
    assert.equal(await first.exited, '0');
    const second = await spawnServer(env);
    running.push(second);
    assert.equal((await fetch(`${second.url}/health`)).status, 200);
  });
});
