import { pingDatabase, type EngineContext, type NodeRole, type RouterStart } from '../../engine/index.ts';
import { pendingMigrations } from '../../models/index.ts';
import type { Handler } from './handler.ts';

export type { NodeRole };

/** What readiness asks of the server beyond the database. */
export interface ReadinessSource {
  /** This node's role. */
  role(): NodeRole;
  /** True while the background loops (router, timers, workers) run: from start until shutdown begins. */
  loopsRunning(): boolean;
  /** What holds readiness back besides these checks (the change feed catching up: a ReadinessGate). */
  waitingFor?(): string[];
  /** How this node's router came to route: from its warm standby index or by a rebuild; null while it does not. */
  routerStart?(): RouterStart | null;
}

// Both answers are public (load balancers and orchestrators call them without a token): the role and
// yes/no checks, never an error text, a version or a setting.

/** GET /health (liveness): the process answers and reaches its database. */
export function livenessHandler(engine: EngineContext, source: ReadinessSource): Handler {
  return async (ctx) => {
    const database = await databaseAnswers(engine);
    ctx.status = database ? 200 : 503;
    ctx.body = {
      status: database ? 'ok' : 'unavailable',
      role: source.role(),
      routerStart: source.routerStart?.() ?? null,
    };
  };
}

/**
 * GET /health/ready (readiness): database reachable, migrations applied, background loops started, and
 * nothing held in the readiness gate (`waitingFor`: e.g. the change feed catching up).
 */
export function readinessHandler(engine: EngineContext, source: ReadinessSource): Handler {
  let migrated = false; // once applied, migrations stay applied: checked until true, then never again
  return async (ctx) => {
    const database = await databaseAnswers(engine);
    migrated ||= database && (await migrationsApplied(engine));
    const waitingFor = source.waitingFor?.() ?? [];
    const checks = { database, migrations: migrated, loops: source.loopsRunning(), caughtUp: waitingFor.length === 0 };
    const ready = checks.database && checks.migrations && checks.loops && checks.caughtUp;
    ctx.status = ready ? 200 : 503;
    ctx.body = {
      status: ready ? 'ready' : 'unavailable',
      role: source.role(),
      checks,
      ...(waitingFor.length > 0 ? { waitingFor } : {}),
    };
  };
}

async function databaseAnswers(engine: EngineContext): Promise<boolean> {
  try {
    await pingDatabase(engine);
    return true;
  } catch (err) {
    engine.logger.error('health check: database unreachable', { err: String(err) });
    return false;
  }
}

async function migrationsApplied(engine: EngineContext): Promise<boolean> {
  try {
    const pending = await pendingMigrations(engine.db);
    if (pending.length > 0) engine.logger.warn('health check: migrations pending', { pending });
    return pending.length === 0;
  } catch (err) {
    engine.logger.error('health check: migrations unreadable', { err: String(err) });
    return false;
  }
}
