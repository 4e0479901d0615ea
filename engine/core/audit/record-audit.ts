import { appendAudit, type Db } from '../../../models/index.ts';
import type { EngineContext } from '../context/index.ts';
import { SYSTEM_ACTOR, type Actor } from '../access/index.ts';

/** The kinds of things an audit entry is about. */
export const AuditSubject = {
  USER: 'USER',
  GROUP: 'GROUP',
  AGENT: 'AGENT',
  QUEUE: 'QUEUE',
  CLASSIFICATION_RULE: 'CLASSIFICATION_RULE',
  SITE: 'SITE',
  CUSTOMER: 'CUSTOMER',
  FORECAST: 'FORECAST',
  ROSTER: 'ROSTER',
} as const;
export type AuditSubject = (typeof AuditSubject)[keyof typeof AuditSubject];

/** One change to record: what happened to which subject, as it was before and after (null: none). */
export interface AuditChange {
  type: string;
  subjectType: AuditSubject;
  subjectId: string;
  before: object | null;
  after: object | null;
}

const plain = (value: object | null) =>
  value === null ? null : (JSON.parse(JSON.stringify(value)) as Record<string, unknown>);

/**
 * Records a change a person made, in the transaction that makes it, so the entry exists exactly when
 * the change does. The server itself (`actor` null or SYSTEM_ACTOR: demo seed, timers, start-up)
 * records nothing: the audit is about people; `npm run admin` acts as its own actor and is recorded. A change that changes nothing records nothing either.
 */
export async function recordAudit(ctx: EngineContext, db: Db, actor: Actor | null, change: AuditChange): Promise<void> {
  if (!actor || actor === SYSTEM_ACTOR) return;
  const before = plain(change.before);
  const after = plain(change.after);
  if (before !== null && after !== null && JSON.stringify(before) === JSON.stringify(after)) return;
  await appendAudit(db, [
    {
      type: change.type,
      subjectType: change.subjectType,
      subjectId: change.subjectId,
      actorId: actor.userId,
      onBehalfOf: actor.onBehalfOf,
      at: ctx.clock.now(),
      before,
      after,
    },
  ]);
}
