import { strict as assert } from 'node:assert';
import { loadConfig } from '../../config.ts';
import { makeManualClock } from '../../engine/index.ts';
import { startServer, type RunningServer } from '../../server/index.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const LIMIT = { CROSSDESK_DEMO: 'true', CROSSDESK_FORM_RATE_LIMIT: '3' };
const BEHIND_PROXY = { ...LIMIT, CROSSDESK_TRUSTED_PROXIES: '127.0.0.0/8' };

/** Posts an (invalid, so nothing is stored) callback request form from `from` (X-Forwarded-For). */
const post = (url: string, from?: string) =>
  fetch(`${url}/intake/callback-request`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(from ? { 'x-forwarded-for': from } : {}) },
    body: JSON.stringify({ name: 'x' }),
  });

describe('web forms: the client address behind proxies, and one budget for all nodes', () => {
  let s: TestServer;
  afterEach(() => s?.close());

  it('gives each client behind a trusted proxy its own budget and says when to retry', async () => {
    s = await startTestServer(BEHIND_PROXY, { clock: makeManualClock() });
    for (let i = 0; i < 3; i++) assert.equal((await post(s.server.url, '198.51.100.1')).status, 400);
    const limited = await post(s.server.url, '198.51.100.1');
    assert.equal(limited.status, 429);
    assert.equal((await post(s.server.url, '198.51.100.2')).status, 400, 'another client behind the same proxy');
    assert.deepEqual(await limited.json(), {
      error: 'RATE_LIMITED',
      message: 'too many submissions; try again in 60 s',
      retryAfterSeconds: 60,
    });
  });

  it('does not believe X-Forwarded-For from an untrusted peer', async () => {
    s = await startTestServer(LIMIT, { clock: makeManualClock() });
    for (let i = 0; i < 3; i++) assert.equal((await post(s.server.url, `198.51.100.${i}`)).status, 400);
    assert.equal((await post(s.server.url, '198.51.100.77')).status, 429);
  });

  it('counts submissions to either of two nodes on one database against the same budget', async () => {
    const clock = makeManualClock();
    s = await startTestServer(LIMIT, { clock });
    const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', ...LIMIT });
    const other: RunningServer = await startServer(config, await s.testDb.reopen(), { keepDb: true, clock });
    try {
      assert.equal((await post(s.server.url)).status, 400);
      assert.equal((await post(other.url)).status, 400);
      assert.equal((await post(s.server.url)).status, 400);
      assert.equal((await post(other.url)).status, 429);
      clock.advance(60_000);
      assert.equal((await post(other.url)).status, 400, 'a new minute');
    } finally {
      await other.close();
    }
  });
});
