import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import knexPkg, { type Knex } from 'knex';
import { migrationSource } from '../../models/migrations/index.ts';

const { knex } = knexPkg;

/**
 * Fresh PostgreSQL databases for tests, cloned from a migrated template: `CREATE DATABASE ... TEMPLATE`
 * copies a few MB in ~30 ms where running every migration took ~200 ms (and far more under load).
 *
 * Names: the template is `crossdesk_tpl_<hash of the migrations>`, shared by every run on the server and
 * rebuilt under a new name when a migration changes. Everything else this file creates is
 * `<DATABASE_URL's database>_cdt<base-36 seconds>_<pid>_<n>`, so that concurrent runs never collide and a
 * crashed run's leftovers can be found by that shape and dropped once old enough.
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

/** Clones and drops test databases on the server of `url` (a database there it may connect to). */
export class TestDatabases {
  readonly base: string;
  private admin: Knex;
  private templates = new Map<string, Promise<string>>();
  private live = new Set<string>();

  constructor(readonly url: string) {
    this.base = decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
    this.admin = knex({ client: 'pg', connection: url, pool: { min: 0, max: 2 } });
  }

  /** A fresh database cloned from the template of `source`; answers its connection string. */
  async create(source: TemplateSource = APP_TEMPLATE): Promise<string> {
    const name = scratchName(this.base);
    for (let attempt = 0; ; attempt++) {
      const template = await this.template(source);
      try {
        await this.admin.raw('CREATE DATABASE ?? TEMPLATE ??', [name, template]);
        break;
      } catch (err) {
        // Another run dropped the template as stale (see sweep): build it again, once.
        if ((err as { code?: string }).code !== '3D000' || attempt > 0) throw err;
        this.templates.delete(source.key);
      }
    }
    this.live.add(name);
    return withDatabase(this.url, name);
  }

  /** Drops a database made by create, whoever is still connected to it. */
  async drop(url: string): Promise<void> {
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    await this.admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
    this.live.delete(name);
  }

  /** Drops what this process made and did not drop (a test that failed before its own clean-up). */
  async close(): Promise<void> {
    for (const name of this.live) await this.admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]);
    this.live.clear();
    await this.admin.destroy();
  }

  private template(source: TemplateSource): Promise<string> {
    let made = this.templates.get(source.key);
    if (!made) {
      made = this.sweep().then(() => this.ensureTemplate(source));
      made.catch(() => this.templates.delete(source.key));
      this.templates.set(source.key, made);
    }
    return made;
  }

  /** Builds the template under a scratch name and publishes it by renaming: others see all or nothing. */
  private async ensureTemplate(source: TemplateSource): Promise<string> {
    const name = templateName(source);
    if (await this.exists(name)) return name;
    const build = scratchName(`${name}_build`);
    await this.admin.raw('CREATE DATABASE ??', [build]);
    const db = knex({ client: 'pg', connection: withDatabase(this.url, build), pool: { min: 0, max: 1 } });
    try {
      await source.migrate(db);
    } finally {
      await db.destroy();
    }
    // Cloning needs the template to have no connections: refuse them all from now on.
    await this.admin.raw('ALTER DATABASE ?? WITH ALLOW_CONNECTIONS false', [build]);
    await this.admin.raw(`COMMENT ON DATABASE ?? IS 'crossdesk test template, built ${new Date().toISOString()}'`, [
      build,
    ]);
    try {
      await this.admin.raw('ALTER DATABASE ?? RENAME TO ??', [build, name]);
    } catch (err) {
      await this.admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [build]);
      if ((err as { code?: string }).code !== '42P04') throw err; // another run published it first
    }
    return name;
  }

  private async exists(name: string): Promise<boolean> {
    const { rows } = await this.admin.raw('SELECT 1 FROM pg_database WHERE datname = ?', [name]);
    return rows.length > 0;
  }

  /** Drops what killed runs left behind, and templates of other migrations built over a day ago. */
  private async sweep(): Promise<void> {
    const { rows } = await this.admin.raw(
      "SELECT datname, shobj_description(oid, 'pg_database') AS note FROM pg_database",
    );
    const now = Date.now() / 1000;
    for (const { datname, note } of rows as { datname: string; note: string | null }[]) {
      if (isStale(datname, note, now)) await this.admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [datname]);
    }
  }
}

/** True for a test database old enough to be a killed run's leftover, or another migrations' old template. */
export function isStale(name: string, note: string | null, now: number): boolean {
  const scratch = LEFTOVER.exec(name);
  if (scratch) return Number(scratch[2]) !== process.pid && now - parseInt(scratch[1], 36) > LEFTOVER_AGE_S;
  if (!name.startsWith(TEMPLATE_PREFIX) || name === templateName(APP_TEMPLATE)) return false;
  const built = /built (\S+)$/.exec(note ?? '')?.[1];
  return built !== undefined && now - Date.parse(built) / 1000 > STALE_TEMPLATE_AGE_S;
}
