/**
 * Composition root: configuration, database, engine, HTTP. `npm start` runs this file.
 */
import { loadConfig } from './config.ts';
import { startServer } from './graphql/http/start-server.ts';
import { makeDb } from './models/db.ts';

const config = loadConfig();
const db = await makeDb(config.database);
const server = await startServer(config, db);
process.stdout.write(`listening on ${server.url}\n`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) return;
  stopping = true;
  process.stderr.write(JSON.stringify({ level: 'info', msg: `${signal}: shutting down` }) + '\n');
  await server.close();
  process.exit(0);
};
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
