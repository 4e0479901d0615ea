import { strict as assert } from 'node:assert';
import { spawn } from 'node:child_process';
import { ConfigError, loadConfig } from '../config.ts';
import { makeServerDatabase, spawnServer } from './support/server-process.ts';

/** Runs server.ts with `env` until it exits; answers the exit code and what it printed on stderr. */
function runServer(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
      cwd: new URL('../', import.meta.url),
      env: { ...process.env, PORT: '0', HOST: '127.0.0.1', CROSSDESK_DEMO: 'false', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr!.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

describe('server start-up settings', function () {
  this.timeout(60_000);

  it('given CROSSDESK_ENGINE_THREADS=0, the documented default, then the server starts', async () => {
    assert.equal(loadConfig({ CROSSDESK_ENGINE_THREADS: '0' }).engineThreads, 0);
    const db = await makeServerDatabase();
    try {
      const server = await spawnServer({ DATABASE_URL: db.url, CROSSDESK_ENGINE_THREADS: '0' });
      assert.equal((await fetch(`${server.url}/health`)).status, 200);
      server.child.kill('SIGTERM');
      assert.equal(await server.exited, '0');
    } finally {
      await db.drop();
    }
  });

  // The messages are loadConfig's (checked in-process, fast); one process proves the start-up prints one of
  // them as the documented single line and exits 2 (five processes at once were slow on a loaded machine).
  it('given an invalid setting, then it prints one line naming the variable and what it accepts, and exits non-zero without a stack trace', async () => {
    const cases: [Record<string, string>, RegExp][] = [
      [
        { CROSSDESK_ENGINE_THREADS: 'many' },
        /^CROSSDESK_ENGINE_THREADS must be a whole number, 0 or more, got "many"$/,
      ],
      [{ PORT: '99999' }, /^PORT must be a port number \(0-65535\), got "99999"$/],
      [{ CROSSDESK_DEMO: 'maybe' }, /^CROSSDESK_DEMO must be true or false, got "maybe"$/],
      [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud"$/],
      [{ CROSSDESK_REGEX_MAX_INPUT: '0' }, /^CROSSDESK_REGEX_MAX_INPUT must be a positive whole number, got "0"$/],
    ];
    for (const [env, message] of cases)
      assert.throws(
        () => loadConfig({ DATABASE_URL: ':memory:', ...env }),
        (err: Error) => {
          assert.ok(err instanceof ConfigError, `${err.name}: ${err.message}`);
          assert.match(err.message, message);
          return true;
        },
      );
    const { code, stderr } = await runServer({ DATABASE_URL: ':memory:', LOG_LEVEL: 'loud' });
    const lines = stderr.trimEnd().split('\n');
    assert.equal(lines.length, 1, `one line, got: ${stderr}`);
    assert.match(lines[0], /^crossdesk: LOG_LEVEL must be one of debug, info, warn, error, silent, got "loud"$/);
    assert.doesNotMatch(stderr, /\n\s+at /, 'no stack trace');
    assert.equal(code, 2);
  });
});
