import { createHash } from 'node:crypto';
import {
  ensureGroups,
  findIdentityLink,
  findUser,
  insertIdentityLink,
  touchIdentityLink,
  upsertUser,
  withTransaction,
  type UserRecord,
} from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { Actor } from '../../core/access/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { ErrorCode } from '../../core/errors/index.ts';
import { userView } from '../users/index.ts';
import type { MappedClaims } from './claim-map.ts';
import { refusal } from './refusals.ts';
import type { SiteAssignment } from './site-assignment.ts';

/** The person the provider vouched for: its account (issuer + subject) and what the claims say. */
export interface VouchedPerson {
  readonly issuer: string;
  readonly subject: string;
  readonly claims: Record<string, unknown>;
  readonly mapped: MappedClaims;
}

const USER_ID = /^[A-Za-z0-9._@-]{1,100}$/;
const text = (value: unknown, max: number): string | null =>
  typeof value === 'string' && value.trim() ? value.trim().slice(0, max) : null;

/** The id a new user gets: the provider's user name or mail address if it is a free, valid id; else a derived one. */
async function freeUserId(ctx: EngineContext, person: VouchedPerson): Promise<string> {
  const wanted = [person.claims.preferred_username, person.claims.email]
    .map((v) => text(v, 100))
    .filter((v): v is string => v !== null && USER_ID.test(v));
  const digest = createHash('sha256').update(`${person.issuer} ${person.subject}`).digest('hex');
  for (const id of wanted) if (!(await findUser(ctx.db, id))) return id;
  // Taken ids belong to someone else: a provider account is linked only by issuer + subject, never by name.
  const base = wanted[0] ? wanted[0].slice(0, 90) : 'sso';
  for (let i = 0; i < 8; i++) {
    const id = `${base}-${digest.slice(i * 6, i * 6 + 6)}`;
    if (!(await findUser(ctx.db, id))) return id;
  }
  return `sso-${digest.slice(0, 40)}`;
}

const actorOf = (user: UserRecord): Actor => ({
  userId: user.id,
  roles: user.roles as Actor['roles'],
  groups: user.groups,
  onBehalfOf: null,
});

/**
 * Creates the user of a provider account at its first sign-in, or brings a linked one up to date: name
 * and e-mail from the claims, roles and groups from the claim map (the provider is their source: a role
 * taken away there is taken away here at the next sign-in). Groups the map names are created if missing.
 * Sites go to the site assignment. Audited as the user's own change. OIDC_USER_INACTIVE for a deactivated user.
 */
export async function provisionUser(
  ctx: EngineContext,
  person: VouchedPerson,
  sites: SiteAssignment,
): Promise<UserRecord> {
  const now = ctx.clock.now();
  const link = await findIdentityLink(ctx.db, person.issuer, person.subject);
  const newId = link ? null : await freeUserId(ctx, person);
  return withTransaction(ctx.db, async (trx) => {
    const before = link ? await findUser(trx, link.userId) : undefined;
    if (before && !before.active) throw refusal(ErrorCode.OIDC_USER_INACTIVE, before.id);
    const id = before?.id ?? link?.userId ?? (newId as string);
    const name = text(person.claims.name, 200) ?? text(person.claims.preferred_username, 200) ?? before?.name ?? id;
    await ensureGroups(trx, person.mapped.groups, now);
    await upsertUser(trx, {
      id,
      name,
      email: text(person.claims.email, 254) ?? before?.email ?? null,
      roles: person.mapped.roles,
      groups: person.mapped.groups,
      active: true,
      createdAt: before?.createdAt ?? now,
    });
    if (link) await touchIdentityLink(trx, person.issuer, person.subject, now);
    else await insertIdentityLink(trx, { ...person, userId: id, createdAt: now, lastSignInAt: now });
    await sites.assign(trx, id, { site: person.mapped.site, supervisedSites: person.mapped.supervisedSites });
    const after = (await findUser(trx, id)) as UserRecord;
    await recordAudit(ctx, trx, actorOf(after), {
      type: before ? 'user.updated' : 'user.created',
      subjectType: AuditSubject.USER,
      subjectId: id,
      before: userView(before),
      after: userView(after),
    });
    return after;
  });
}
