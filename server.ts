/**
 * Composition root: configuration, database, engine, HTTP. `npm start` runs this file; it prints one
 * line, `listening on http://HOST:PORT`, once requests are accepted, and exits 0 after a clean
 * shutdown on SIGTERM or SIGINT.
 */
import { loadConfig } from './config.ts';
import { StartRefusedError } from './graphql/http/demo-guard.ts';
import { startServer } from './graphql/http/start-server.ts';
import { makeDb } from './models/db.ts';

const log = (level: string, msg: string, extra: Record<string, unknown> = {}) =>
  process.stderr.write(JSON.stringify({ level, msg, ...extra }) + '\n');

const config = loadConfig();
const db = await makeDb(config.database);
const server = await startServer(config, db).catch(async (err) => {
  await db.destroy();
  if (!(err instanceof StartRefusedError)) throw err;
  log('error', err.message);
  process.exit(1);
});
process.stdout.write(`listening on ${server.url}\n`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log('info', `${signal}: shutting down`);
  try {
    await server.close();
    process.exit(0);
  } catch (err) {
    log('error', 'shutdown failed', { err: String(err) });
    process.exit(1);
  }
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
