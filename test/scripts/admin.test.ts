import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { loadConfig, parseDatabaseUrl } from '../../config.ts';
import { startServer } from '../../graphql/http/start-server.ts';
import { makeDb } from '../../models/db.ts';
import { makeServerDatabase, spawnServer } from '../support/server-process.ts';

const root = new URL('../../', import.meta.url);

/** Runs a command in the repository with extra environment; resolves with its exit code and output. */
function run(command: string, args: string[], env: Record<string, string>) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(command, args, { cwd: root, env: { ...process.env, ...env } }, (err, stdout, stderr) =>
      resolve({ code: err ? Number((err as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe('npm run admin (scripts/admin.ts) and a production start', function () {
  this.timeout(120_000);
  let database: Awaited<ReturnType<typeof makeServerDatabase>>;
  beforeEach(async () => {
    database = await makeServerDatabase();
  });
  afterEach(() => database.drop());

  it('refuses a production start over a demo database until `remove-demo-users` has run', async () => {
    // The demo seed, as `npm start` leaves it.
    const db = await makeDb(parseDatabaseUrl(database.url));
    const seeded = await startServer(
      loadConfig({ DATABASE_URL: database.url, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent' }),
      db,
    );
    await seeded.close();

    const env = { DATABASE_URL: database.url, NODE_ENV: 'production', CROSSDESK_DEMO: '', LOG_LEVEL: 'warn' };
    await assert.rejects(spawnServer(env), (err: Error) => {
      assert.match(err.message, /server exited \(2\)/);
      assert.match(
        err.message,
        /refusing to start under NODE_ENV=production: demo users \(designer, expert, agent, supervisor\)/,
      );
      assert.doesNotMatch(err.message, /\n\s+at /, 'a message, not a stack trace');
      return true;
    });

    const removed = await run('npm', ['run', '--silent', 'admin', '--', 'remove-demo-users'], {
      DATABASE_URL: database.url,
    });
    assert.deepEqual([removed.code, removed.stdout], [0, 'removed demo users: designer, expert, agent, supervisor\n']);
    const again = await run('npm', ['run', '--silent', 'admin', '--', 'remove-demo-users'], {
      DATABASE_URL: database.url,
    });
    assert.deepEqual([again.code, again.stdout], [0, 'no demo user has the password "demo"\n']);

    const server = await spawnServer(env);
    try {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: 'mutation { signIn(userId: "designer", password: "demo") { token } }' }),
      });
      assert.equal(((await res.json()) as any).errors[0].extensions.code, 'UNAUTHENTICATED');
    } finally {
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, '0');
    }
  });

  it('answers an unknown command or option with the usage and exit code 2', async () => {
    const unknown = await run('node', ['--import', 'tsx', 'scripts/admin.ts', 'drop-everything'], {
      DATABASE_URL: database.url,
    });
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /unknown command: drop-everything[\s\S]*usage: npm run admin -- <command>[\s\S]*remove-demo-users/,
    );
    const option = await run('node', ['--import', 'tsx', 'scripts/admin.ts', 'remove-demo-users', '--all'], {
      DATABASE_URL: database.url,
    });
    assert.equal(option.code, 2);
    assert.match(option.stderr, /remove-demo-users: Unknown option '--all'/);
  });
});
