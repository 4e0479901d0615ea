import knexPkg, { type Knex } from 'knex';
import { APP_TEMPLATE, isStale, scratchName, templateName, withDatabase, type TemplateSource } from './pg-names.ts';

/**
 * Fresh PostgreSQL databases for tests, cloned from a migrated template: `CREATE DATABASE ... TEMPLATE`
 * copies ~9 MB in ~30 ms on a quiet server where running every migration took ~200 ms (under heavy I/O
 * ~0.5 s against ~1.4 s). The template is built once per set of migrations and kept on the server
 * (names in pg-names.ts).
 */

const { knex } = knexPkg;
// Dropped databases still on disk before create waits for them (each is ~9 MB).
const MAX_QUEUED_DROPS = 8;

/** Clones and drops test databases on the server of `url` (a database there it may connect to). */
export class TestDatabases {
  readonly base: string;
  private admin: Knex;
  private templates = new Map<string, Promise<string>>();
  private live = new Set<string>();
  private dropping: Promise<void> = Promise.resolve();
  private queuedDrops = 0;

  constructor(readonly url: string) {
    this.base = decodeURIComponent(new URL(url).pathname.slice(1)) || 'postgres';
    this.admin = knex({ client: 'pg', connection: url, pool: { min: 0, max: 2 } });
  }

  /** A fresh database cloned from the template of `source`; answers its connection string. */
  async create(source: TemplateSource = APP_TEMPLATE): Promise<string> {
    if (this.queuedDrops >= MAX_QUEUED_DROPS) await this.dropping; // bounds the disk the dropped ones hold
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

  /**
   * Queues the drop of a database made by create, whoever is still connected to it. DROP DATABASE waits
   * for a checkpoint (from 50 ms to seconds on a busy server), so the drops run one at a time behind
   * the tests instead of in their after-each hooks.
   */
  drop(url: string): Promise<void> {
    const name = decodeURIComponent(new URL(url).pathname.slice(1));
    this.queuedDrops += 1;
    this.dropping = this.dropping
      .then(() => this.admin.raw('DROP DATABASE IF EXISTS ?? WITH (FORCE)', [name]))
      .then(
        () => void this.live.delete(name),
        (err: Error) => console.error(`test database ${name} not dropped (close tries again): ${err.message}`),
      )
      .finally(() => (this.queuedDrops -= 1));
    return Promise.resolve();
  }

  /** Resolves once every queued drop has run. */
  dropped(): Promise<void> {
    return this.dropping;
  }

  /** Drops what this process made and did not drop (a test that failed before its own clean-up). */
  async close(): Promise<void> {
    await this.dropping;
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

let shared: TestDatabases | undefined;

/** This process's test databases on the server of `url`: one admin connection, each template checked once. */
export function sharedTestDatabases(url: string): TestDatabases {
  return (shared ??= new TestDatabases(url));
}

/** Drops the databases this process still holds (the root hooks call it once, at the end of the run). */
export async function closeSharedTestDatabases(): Promise<void> {
  const databases = shared;
  shared = undefined;
  await databases?.close();
}

/** How long each fresh test database took (ms), SQLite or PostgreSQL, for the root hooks' summary. */
export const setupTimes: number[] = [];
