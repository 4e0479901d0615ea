import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { Knex } from 'knex';
import { migrationSource } from '../../models/migrations/index.ts';

/**
 * Names of the PostgreSQL test databases (see pg-databases.ts). The template is
 * `crossdesk_tpl_<hash of the migrations>`, shared by every run on the server and rebuilt under a new
 * name when a migration changes. Everything else the tests create is
 * `<DATABASE_URL's database>_cdt<base-36 seconds>_<pid>_<n>`, so that concurrent runs never collide and
 * a crashed run's leftovers can be found by that shape and dropped once old enough.
 */

/** How a template is made: a key naming its contents, and the work that fills it. */
export interface TemplateSource {
  key: string;
  migrate(db: Knex): Promise<void>;
}

const TEMPLATE_PREFIX = 'crossdesk_tpl_';
const LEFTOVER = /_cdt([0-9a-z]+)_(\d+)_(\d+)$/;
// No test holds a database for hours: anything older is what a killed run left behind.
const LEFTOVER_AGE_S = 2 * 3600;
// A template of other migrations may still serve another branch's run: it goes a day after its build
// (a run that still needs it builds it again, see create).
const STALE_TEMPLATE_AGE_S = 24 * 3600;
const migrationsDir = new URL('../../models/migrations/', import.meta.url);

/** Hash of the migration files (names and contents): any change to a migration changes it. */
export function migrationsKey(dir: URL = migrationsDir): string {
  const hash = createHash('sha256');
  for (const name of readdirSync(dir).sort()) hash.update(`${name}\0${readFileSync(new URL(name, dir))}\0`);
  return hash.digest('hex').slice(0, 16);
}

export const APP_TEMPLATE: TemplateSource = {
  key: migrationsKey(),
  migrate: (db) => db.migrate.latest({ migrationSource }),
};

export function templateName(source: TemplateSource): string {
  return `${TEMPLATE_PREFIX}${source.key}`;
}

let sequence = 0;

/** A database name of this process, unique on the server, recognisable (and dated) as a test's. */
export function scratchName(base: string, now = Date.now()): string {
  const suffix = `_cdt${Math.floor(now / 1000).toString(36)}_${process.pid}_${++sequence}`;
  return base.slice(0, 63 - suffix.length) + suffix;
}

/** The connection string `url` pointed at another database of the same server. */
export function withDatabase(url: string, name: string): string {
  const next = new URL(url);
  next.pathname = `/${encodeURIComponent(name)}`;
  return next.toString();
}

/** True for a test database old enough to be a killed run's leftover, or another migrations' old template. */
export function isStale(name: string, note: string | null, now: number): boolean {
  const scratch = LEFTOVER.exec(name);
  if (scratch) return Number(scratch[2]) !== process.pid && now - parseInt(scratch[1], 36) > LEFTOVER_AGE_S;
  if (!name.startsWith(TEMPLATE_PREFIX) || name === templateName(APP_TEMPLATE)) return false;
  const built = /built (\S+)$/.exec(note ?? '')?.[1];
  return built !== undefined && now - Date.parse(built) / 1000 > STALE_TEMPLATE_AGE_S;
}
