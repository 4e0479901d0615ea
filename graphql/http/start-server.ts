import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Knex } from 'knex';
import type { Config } from '../../config.ts';
import nodemailer from 'nodemailer';
import { ensureAdminToken, makeBuiltinWorker, makeEmailHandler, makeEngineContext, makeHttpHandler, makeLogger, makeSystemClock, makeTimerScheduler, seedDemo, type Clock, type EngineContext } from '../../engine/index.ts';
import { makeApp } from './app.ts';

/** A running server. */
export interface RunningServer {
  url: string;
  engine: EngineContext;
  close(): Promise<void>;
}

function listen(server: Server, host: string, port: number): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server.address() as AddressInfo));
  });
}

/**
 * Builds the engine over an open database and serves it. Shutdown stops accepting connections,
 * lets in-flight requests finish (up to `graceMs`), then closes the database (unless `keepDb`).
 */
export async function startServer(config: Config, db: Knex, options: { clock?: Clock; graceMs?: number; keepDb?: boolean } = {}): Promise<RunningServer> {
  const logger = makeLogger(config.logLevel);
  const engine = makeEngineContext({
    db,
    clock: options.clock ?? makeSystemClock(),
    logger,
    options: { allowScripts: config.allowScripts, maxBpmnBytes: config.maxBpmnBytes },
  });
  if (config.adminToken) await ensureAdminToken(engine, config.adminToken);
  if (config.demo) await seedDemo(engine);
  const scheduler = makeTimerScheduler(engine);
  await scheduler.start();
  const mail = config.smtpOutUrl ? nodemailer.createTransport(config.smtpOutUrl) : undefined;
  const builtins = makeBuiltinWorker(engine, { email: makeEmailHandler(mail && ((m) => mail.sendMail(m)), config.mailFrom), http: makeHttpHandler() });
  await builtins.start();
  const server = createServer(makeApp(engine).callback());
  const address = await listen(server, config.host, config.port);
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  return {
    url: `http://${host}:${address.port}`,
    engine,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      const grace = setTimeout(() => server.closeAllConnections(), options.graceMs ?? 10_000);
      await closed;
      clearTimeout(grace);
      await scheduler.stop();
      await builtins.stop();
      mail?.close();
      if (!options.keepDb) await db.destroy();
    },
  };
}
