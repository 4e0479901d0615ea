/** knex configuration for ad-hoc use (`tsx node_modules/knex/bin/cli.js --knexfile knexfile.ts ...`). The server migrates by itself on start. */
import { loadConfig } from './config.ts';
import { knexConfig } from './models/db.ts';
import { migrationSource } from './models/migrations/index.ts';

const config = loadConfig();

export default { ...knexConfig(config.database), migrations: { migrationSource } };
