import {
  deleteRuleIfVersion,
  findRule,
  insertRule,
  insertRuleVersion,
  listRules,
  listRuleVersions,
  updateRuleIfVersion,
  withTransaction,
  type ClassificationRuleRecord,
  type RuleVersionRecord,
} from '../../../models/index.ts';
import { AuditSubject, recordAudit } from '../../core/audit/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { BadInputError, ConflictError, NotFoundError } from '../../core/errors/index.ts';
import { newId } from '../../core/ids/index.ts';
import { Role, type Actor, requireRole } from '../../core/access/index.ts';
import { validateAction, validateMatch } from './validate-rule.ts';

/** Input of upsertClassificationRule: a new rule (no id) or a change of an existing one. */
export interface ClassificationRuleInput {
  id?: string | null;
  name: string;
  /** Rules are tried in ascending position (ties by name). */
  position: number;
  enabled?: boolean | null;
  match?: unknown;
  action: unknown;
  /** For a change: the version it was based on; a newer stored version is a CONFLICT. */
  expectedVersion?: number | null;
}

function checkInput(input: ClassificationRuleInput) {
  const name = input.name?.trim();
  if (!name || name.length > 300)
    throw new BadInputError('name is required (at most 300 characters)', { field: 'name' });
  if (!Number.isInteger(input.position)) throw new BadInputError('position must be an integer', { field: 'position' });
  return { name, match: validateMatch(input.match), action: validateAction(input.action) };
}

async function saveChange(
  ctx: EngineContext,
  actor: Actor,
  next: ClassificationRuleRecord,
  previous: ClassificationRuleRecord | undefined,
): Promise<void> {
  const version: RuleVersionRecord = {
    ruleId: next.id,
    version: next.version,
    change: previous ? 'UPDATED' : 'CREATED',
    snapshot: next,
    actorId: actor.userId,
    at: next.updatedAt,
  };
  await withTransaction(ctx.db, async (trx) => {
    if (previous) {
      if (!(await updateRuleIfVersion(trx, next, previous.version)))
        throw new ConflictError(`rule ${next.id} was changed meanwhile; reload it`, { id: next.id });
    } else if (await findRule(trx, { name: next.name })) {
      throw new BadInputError(`a rule named "${next.name}" exists`, { field: 'name' });
    } else {
      await insertRule(trx, next);
    }
    await insertRuleVersion(trx, version);
    await recordAudit(ctx, trx, actor, {
      type: previous ? 'rule.changed' : 'rule.created',
      subjectType: AuditSubject.CLASSIFICATION_RULE,
      subjectId: next.id,
      before: previous ? ruleView(previous) : null,
      after: ruleView(next),
    });
  });
}

/** A rule as the audit trail shows it (its version counter and stamps are the audit entry's own). */
const ruleView = ({ version: _v, updatedBy: _b, updatedAt: _a, ...rule }: ClassificationRuleRecord) => rule;

/**
 * Creates or changes a classification rule (designer or admin). Every change is a new version of the
 * rule, and the rule as it was after each change is kept with who made it and when.
 */
export async function upsertClassificationRule(
  ctx: EngineContext,
  actor: Actor,
  input: ClassificationRuleInput,
): Promise<ClassificationRuleRecord> {
  requireRole(actor, Role.DESIGNER);
  const { name, match, action } = checkInput(input);
  const previous = input.id ? await findRule(ctx.db, { id: input.id }) : undefined;
  if (input.id && !previous) throw new NotFoundError('ClassificationRule', input.id);
  if (previous && input.expectedVersion != null && input.expectedVersion !== previous.version) {
    throw new ConflictError(`rule ${previous.id} is at version ${previous.version}, not ${input.expectedVersion}`, {
      id: previous.id,
      version: previous.version,
    });
  }
  const next: ClassificationRuleRecord = {
    id: previous?.id ?? newId('cr'),
    name,
    position: input.position,
    enabled: input.enabled ?? true,
    match,
    action,
    version: (previous?.version ?? 0) + 1,
    updatedBy: actor.userId,
    updatedAt: ctx.clock.now(),
  };
  await saveChange(ctx, actor, next, previous);
  return next;
}

/** Deletes a rule (designer or admin); its history stays, ending with a DELETED entry. */
export async function deleteClassificationRule(
  ctx: EngineContext,
  actor: Actor,
  id: string,
): Promise<ClassificationRuleRecord> {
  requireRole(actor, Role.DESIGNER);
  const rule = await findRule(ctx.db, { id });
  if (!rule) throw new NotFoundError('ClassificationRule', id);
  const at = ctx.clock.now();
  await withTransaction(ctx.db, async (trx) => {
    if (!(await deleteRuleIfVersion(trx, id, rule.version)))
      throw new ConflictError(`rule ${id} was changed meanwhile; reload it`, { id });
    await insertRuleVersion(trx, {
      ruleId: id,
      version: rule.version + 1,
      change: 'DELETED',
      snapshot: rule,
      actorId: actor.userId,
      at,
    });
    await recordAudit(ctx, trx, actor, {
      type: 'rule.deleted',
      subjectType: AuditSubject.CLASSIFICATION_RULE,
      subjectId: id,
      before: ruleView(rule),
      after: null,
    });
  });
  return rule;
}

/** Every rule in evaluation order. */
export function getClassificationRules(ctx: EngineContext): Promise<ClassificationRuleRecord[]> {
  return listRules(ctx.db);
}

/** One rule by id. */
export async function getClassificationRule(ctx: EngineContext, id: string): Promise<ClassificationRuleRecord | null> {
  return (await findRule(ctx.db, { id })) ?? null;
}

/** The audited versions of a rule, oldest first. */
export function getClassificationRuleVersions(ctx: EngineContext, ruleId: string): Promise<RuleVersionRecord[]> {
  return listRuleVersions(ctx.db, ruleId);
}
