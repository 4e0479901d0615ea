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
