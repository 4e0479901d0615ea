/**
 * The admin area's GraphQL documents (users, groups, the audit trail) and the pure helpers its pages
 * use, kept apart from the pages so they can be unit-tested without a browser.
 */
import { GraphQLRequestError } from './graphql-client.ts';
import { parseSkills } from './skills.ts';

export const USER_FIELDS = 'id name email roles groups active mustChangePassword';

export const USERS = `query($f: UserFilter, $after: String) { users(filter: $f, first: 100, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { ${USER_FIELDS} } } } }`;
export const CREATE_USER = `mutation($input: CreateUserInput!) { createUser(input: $input) { ${USER_FIELDS} } }`;
export const UPDATE_USER = `mutation($input: UpdateUserInput!) { updateUser(input: $input) { ${USER_FIELDS} } }`;
export const SET_USER_ROLES = `mutation($id: ID!, $roles: [String!]!) { setUserRoles(userId: $id, roles: $roles) { ${USER_FIELDS} } }`;
export const DEACTIVATE_USER = `mutation($id: ID!) { deactivateUser(userId: $id) { ${USER_FIELDS} } }`;
export const RESET_PASSWORD = 'mutation($id: ID!) { resetPassword(userId: $id) }';
export const SET_SKILLS = 'mutation($input: AgentInput!) { upsertAgent(input: $input) { id skills { name level } } }';

export const GROUPS = '{ groups { id name members { id } } }';
export const CREATE_GROUP = 'mutation($input: GroupInput!) { createGroup(input: $input) { id } }';
export const UPDATE_GROUP = 'mutation($input: GroupInput!) { updateGroup(input: $input) { id } }';
export const SET_GROUP_MEMBERS =
  'mutation($id: ID!, $members: [ID!]!) { setGroupMembers(id: $id, members: $members) { id } }';
export const DELETE_GROUP = 'mutation($id: ID!) { deleteGroup(id: $id) }';

export const AUDIT_LOG = `query($f: AuditFilter, $after: String) { auditLog(filter: $f, first: 50, after: $after) {
  totalCount pageInfo { hasNextPage endCursor }
  edges { node { id type subjectType subjectId actorId onBehalfOf at before after } } } }`;

/** The roles a user can hold, in the order the admin page lists them. */
export const ROLES = ['admin', 'supervisor', 'designer', 'integrator', 'expert', 'agent'] as const;

/** A refusal shown next to the field it names (`extensions.field`), or on the form when it names none. */
export interface FieldProblem {
  field: string | null;
  message: string;
}

/** What went wrong, for the form: the server's field and message (the message is already in English). */
export function problemOf(err: unknown): FieldProblem {
  if (!(err instanceof GraphQLRequestError)) return { field: null, message: (err as Error)?.message ?? String(err) };
  const field = err.errors[0]?.extensions?.field;
  return { field: typeof field === 'string' ? field : null, message: err.errors[0]?.message ?? err.message };
}

/** The comma- or space-separated ids of a text field, without blanks and repeats. */
export function idList(text: string): string[] {
  return [...new Set(text.split(/[\s,]+/).filter(Boolean))];
}

/** Skills typed as `billing:5 spanish:3`, or the problem to show under the field. */
export function skillsInput(text: string): { skills: { name: string; level: number }[] } | FieldProblem {
  const parsed = parseSkills(text);
  if ('error' in parsed) return { field: 'skills', message: parsed.item };
  return { skills: parsed.skills };
}

/** One line for an audit entry's change: the fields that differ, `field: before → after`. */
export function auditChanges(before: unknown, after: unknown): string[] {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter((k) => k !== 'id');
  const show = (v: unknown) => (v === undefined ? '–' : JSON.stringify(v));
  return keys
    .filter((k) => JSON.stringify(b[k]) !== JSON.stringify(a[k]))
    .map((k) => (before == null ? `${k}: ${show(a[k])}` : `${k}: ${show(b[k])} → ${show(a[k])}`));
}

export const QUEUES = `{ queues { name channel slaSeconds slaTargetPercent reservationTimeoutSeconds agingPerMinute
  serviceLevelRule abandonGraceSeconds escalation { afterSeconds lowerSkillLevelBy addGroup raisePriority moveToQueue } } }`;
export const UPSERT_QUEUE = 'mutation($input: QueueInput!) { upsertQueue(input: $input) { name } }';
export const AGENTS = '{ agents { id name skills { name level } capacity { VOICE CHAT EMAIL BACKOFFICE total } } }';
export const UPSERT_AGENT = 'mutation($input: AgentInput!) { upsertAgent(input: $input) { id } }';

export const SERVICE_LEVEL_RULES = [
  'EXCLUDE_SHORT_ABANDONS',
  'ABANDONS_COUNT_AGAINST',
  'IGNORE_ABANDONS',
  'ABANDONS_WITHIN_THRESHOLD_COUNT_FOR',
] as const;
export const CAPACITY_KEYS = ['VOICE', 'CHAT', 'EMAIL', 'BACKOFFICE', 'total'] as const;

/** An escalation step as the form edits it: every field text. */
export interface StepRow {
  afterSeconds: string;
  lowerSkillLevelBy: string;
  addGroup: string;
  raisePriority: string;
  moveToQueue: string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** The form's rows for a queue's escalation steps. */
export function stepRows(steps: readonly Record<string, unknown>[]): StepRow[] {
  return steps.map((s) => ({
    afterSeconds: text(s.afterSeconds),
    lowerSkillLevelBy: text(s.lowerSkillLevelBy),
    addGroup: text(s.addGroup),
    raisePriority: text(s.raisePriority),
    moveToQueue: text(s.moveToQueue),
  }));
}

/** The steps to send: blank fields left out, numbers as numbers (the server checks ranges). */
export function stepInput(rows: readonly StepRow[]): Record<string, unknown>[] {
  const num = (v: string) => (v.trim() === '' ? null : Number(v));
  const str = (v: string) => (v.trim() === '' ? null : v.trim());
  return rows.map((r) => ({
    afterSeconds: num(r.afterSeconds) ?? 0,
    lowerSkillLevelBy: num(r.lowerSkillLevelBy),
    addGroup: str(r.addGroup),
    raisePriority: num(r.raisePriority),
    moveToQueue: str(r.moveToQueue),
  }));
}
