import { strict as assert } from 'node:assert';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Koa from 'koa';
import { makeReadinessGate, type EngineContext } from '../../../engine/index.ts';
import { livenessHandler, readinessHandler, type ReadinessSource } from '../../../server/routes/index.ts';
import { makeTestEngine, type TestEngine } from '../../support/context.ts';
import { startTestServer } from '../../support/server.ts';

/** Serves /health and /health/ready over `engine` with `source`; answers the base URL and the server. */
async function serveHealth(engine: EngineContext, source: ReadinessSource): Promise<{ url: string; server: Server }> {
  const live = livenessHandler(engine, source);
  const ready = readinessHandler(engine, source);
  const app = new Koa().use((ctx) => (ctx.path === '/health' ? live(ctx) : ready(ctx)));
  const server = createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
};

describe('HTTP: health checks', () => {
  it('answers /health and /health/ready on a running server without a token: the role and yes/no checks only', async () => {
    const s = await startTestServer();
    try {
      assert.deepEqual(await get(`${s.server.url}/health`), {
        status: 200,
        body: { status: 'ok', role: 'leader', routerStart: 'rebuild' },
      });
      assert.deepEqual(await get(`${s.server.url}/health/ready`), {
        status: 200,
        body: {
          status: 'ready',
          role: 'leader',
          checks: { database: true, migrations: true, loops: true, caughtUp: true },
        },
      });
    } finally {
      await s.close();
    }
  });

  describe('readiness', () => {
    let t: TestEngine;
    let server: Server | undefined;
    beforeEach(async () => {
      t = await makeTestEngine();
    });
    afterEach(async () => {
      server?.closeAllConnections();
      await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
      server = undefined;
      await t.close();
    });

    it('is unavailable while the background loops do not run (before start, during shutdown)', async () => {
      let running = false;
      const served = await serveHealth(t.ctx, { role: () => 'leader', loopsRunning: () => running });
      server = served.server;
      const before = await get(`${served.url}/health/ready`);
      assert.deepEqual(before, {
        status: 503,
        body: {
          status: 'unavailable',
          role: 'leader',
          checks: { database: true, migrations: true, loops: false, caughtUp: true },
        },
      });
      running = true;
      assert.equal((await get(`${served.url}/health/ready`)).status, 200);
      // Liveness does not depend on the loops: a draining node is alive.
      running = false;
      assert.deepEqual(await get(`${served.url}/health`), {
        status: 200,
        body: { status: 'ok', role: 'leader', routerStart: null },
      });
    });

    it('is unavailable while a migration of this build is pending', async () => {
      // The database forgets it ran the newest migration, as a database a newer build has not migrated yet.
      const migrations = () => t.testDb.db('knex_migrations');
      const newest = await migrations().orderBy('id', 'desc').first();
      await migrations().where({ id: newest.id }).del();
      const served = await serveHealth(t.ctx, { role: () => 'leader', loopsRunning: () => true });
      server = served.server;
      const { status, body } = await get(`${served.url}/health/ready`);
      assert.equal(status, 503);
      assert.deepEqual(body.checks, { database: true, migrations: false, loops: true, caughtUp: true });
      await migrations().insert(newest);
      assert.equal((await get(`${served.url}/health/ready`)).status, 200);
    });

    it('is unavailable, and so is liveness, when the database does not answer', async () => {
      // A second handle on the test database, closed: the test's own handle stays usable for clean-up.
      const closed = await t.testDb.reopen();
      await closed.destroy();
      const served = await serveHealth({ ...t.ctx, db: closed }, { role: () => 'leader', loopsRunning: () => true });
      server = served.server;
      assert.deepEqual(await get(`${served.url}/health`), {
        status: 503,
        body: { status: 'unavailable', role: 'leader', routerStart: null },
      });
      const { status, body } = await get(`${served.url}/health/ready`);
      assert.equal(status, 503);
      assert.deepEqual(body.checks, { database: false, migrations: false, loops: true, caughtUp: true });
    });

    it('is unavailable while a reason is held in the readiness gate (the feed catching up), and names it', async () => {
      const gate = makeReadinessGate();
      gate.hold('feed');
      const served = await serveHealth(t.ctx, {
        role: () => 'standby',
        loopsRunning: () => true,
        waitingFor: () => gate.held(),
      });
      server = served.server;
      assert.deepEqual(await get(`${served.url}/health/ready`), {
        status: 503,
        body: {
          status: 'unavailable',
          role: 'standby',
          checks: { database: true, migrations: true, loops: true, caughtUp: false },
          waitingFor: ['feed'],
        },
      });
      // Liveness is not readiness: a node catching up is alive, and says it is a standby.
      assert.deepEqual(await get(`${served.url}/health`), {
        status: 200,
        body: { status: 'ok', role: 'standby', routerStart: null },
      });
      gate.release('feed');
      assert.equal((await get(`${served.url}/health/ready`)).status, 200);
    });
  });
});
