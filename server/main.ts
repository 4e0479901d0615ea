import { loadConfig } from '../config.ts';
import { makeDb } from '../models/index.ts';
import { StartRefusedError } from './demo-guard.ts';
import { startServer } from './start-server.ts';

const log = (level: string, msg: string, extra: Record<string, unknown> = {}) =>
  process.stderr.write(JSON.stringify({ level, msg, ...extra }) + '\n');

/** Start-up refused for a reason the operator can fix: one line on stderr, no stack trace, exit 2. */
function refuse(message: string): never {
  process.stderr.write(`crossdesk: ${message.split('\n')[0]}\n`);
  process.exit(2);
}

function configOrRefuse() {
  try {
    return loadConfig();
  } catch (err) {
    return refuse(err instanceof Error ? err.message : String(err));
  }
}

/**
 * The process: configuration (read once, here), database, engine, HTTP. Prints one line,
 * `listening on http://HOST:PORT`, once requests are accepted, and exits 0 after a clean shutdown on
 * SIGTERM or SIGINT.
 */
export async function runServer(): Promise<void> {
  const config = configOrRefuse();
  const db = await makeDb(config.database, config.nodeId).catch((err: Error) =>
    refuse(`DATABASE_URL: cannot open the database: ${err.message}`),
  );
  const server = await startServer(config, db).catch(async (err: NodeJS.ErrnoException) => {
    await db.destroy();
    if (err instanceof StartRefusedError) refuse(err.message);
    if (err.code === 'EADDRINUSE' || err.code === 'EACCES' || err.code === 'EADDRNOTAVAIL')
      refuse(`PORT/HOST: cannot listen on ${config.host}:${config.port}: ${err.code}`);
    if (err.code === 'ECONNREFUSED' || err.code === 'ENOTFOUND')
      refuse(`DATABASE_URL: cannot reach the database: ${err.message}`);
    throw err;
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
}
