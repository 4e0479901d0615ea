import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { loadConfig, parseDatabaseUrl } from '../../config.ts';
import { startServer } from '../../server/index.ts';
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

  it('sets up a production install from zero: create-user prints a one-time password the first admin signs in with, while the server runs', async () => {
    const env = { DATABASE_URL: database.url, NODE_ENV: 'production', CROSSDESK_DEMO: 'false', LOG_LEVEL: 'warn' };
    const server = await spawnServer(env);
    const gql = async (query: string, variables: Record<string, unknown> = {}, token?: string) => {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as any;
    };
    try {
      const created = await run(
        'npm',
        ['run', '--silent', 'admin', '--', 'create-user', '--id', 'ana', '--role', 'admin', '--name', 'Ana Admin'],
        {
          DATABASE_URL: database.url,
          LOG_LEVEL: 'silent',
        },
      );
      assert.equal(created.code, 0, created.stderr);
      const oneTime = /^one-time password: (\S+)$/m.exec(created.stdout)?.[1];
      assert.ok(oneTime, created.stdout);
      assert.match(created.stdout, /^created ana \(admin\)$/m);
      const signIn = 'mutation($p: String!) { signIn(userId: "ana", password: $p) { token mustChangePassword } }';
      const first = (await gql(signIn, { p: oneTime })).data.signIn;
      assert.equal(first.mustChangePassword, true);
      const changed = await gql(
        'mutation($o: String!) { changePassword(oldPassword: $o, newPassword: "amber-falcon-meadow-19") }',
        { o: oneTime },
        first.token,
      );
      assert.equal(changed.errors, undefined, JSON.stringify(changed.errors));
      const full = (await gql(signIn, { p: 'amber-falcon-meadow-19' })).data.signIn;
      const made = await gql('mutation { createUser(input: { id: "bo", roles: ["agent"] }) { id } }', {}, full.token);
      assert.equal(made.errors, undefined, JSON.stringify(made.errors));
      const trail = await gql(
        '{ auditLog(filter: { subjectId: "ana" }) { edges { node { type actorId } } } }',
        {},
        full.token,
      );
      assert.deepEqual(
        trail.data.auditLog.edges.map((e: any) => `${e.node.type} ${e.node.actorId}`),
        ['user.password-reset admin-cli', 'user.created admin-cli'],
      );
      const again = await run(
        'npm',
        ['run', '--silent', 'admin', '--', 'create-user', '--id', 'ana', '--role', 'admin'],
        {
          DATABASE_URL: database.url,
          LOG_LEVEL: 'silent',
        },
      );
      assert.deepEqual([again.code, again.stderr], [1, 'create-user: user ana already exists\n']);
      const bad = await run('npm', ['run', '--silent', 'admin', '--', 'create-user', '--id', 'cy', '--role', 'king'], {
        DATABASE_URL: database.url,
        LOG_LEVEL: 'silent',
      });
      assert.deepEqual([bad.code, bad.stderr], [1, 'create-user: unknown roles: king\n']);
    } finally {
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, '0');
    }
  });
});
