/**
 * The admin area's GraphQL documents (users, groups, the audit trail) and the pure helpers its pages
 * use, kept apart from the pages so they can be unit-tested without a browser.
 */
import type { EscalationStepInput, PeopleQueuesQuery, ServiceLevelRule } from '../generated/graphql.ts';
import { graphql } from '../generated/index.ts';
import { GraphQLRequestError } from './graphql-client.ts';
import { parseSkills } from './skills.ts';

export const PEOPLE_USER = graphql(`
  fragment PeopleUser on User {
    id
    name
    email
    roles
    groups
    active
    mustChangePassword
  }
`);

export const USERS = graphql(`
  query PeopleUsers($f: UserFilter, $after: String) {
    users(filter: $f, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...PeopleUser
        }
      }
    }
  }
`);
export const CREATE_USER = graphql(`
  mutation PeopleCreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      ...PeopleUser
    }
  }
`);
export const UPDATE_USER = graphql(`
  mutation PeopleUpdateUser($input: UpdateUserInput!) {
    updateUser(input: $input) {
      ...PeopleUser
    }
  }
`);
export const SET_USER_ROLES = graphql(`
  mutation PeopleSetUserRoles($id: ID!, $roles: [String!]!) {
    setUserRoles(userId: $id, roles: $roles) {
      ...PeopleUser
    }
  }
`);
export const DEACTIVATE_USER = graphql(`
  mutation PeopleDeactivateUser($id: ID!) {
    deactivateUser(userId: $id) {
      ...PeopleUser
    }
  }
`);
export const RESET_PASSWORD = graphql(`
  mutation PeopleResetPassword($id: ID!) {
    resetPassword(userId: $id)
  }
`);
export const SET_SKILLS = graphql(`
  mutation PeopleSetSkills($input: AgentInput!) {
    upsertAgent(input: $input) {
      id
      skills {
        name
        level
      }
    }
  }
`);

export const GROUPS = graphql(`
  query PeopleGroups {
    groups {
      id
      name
      members {
        id
      }
    }
  }
`);
export const CREATE_GROUP = graphql(`
  mutation PeopleCreateGroup($input: GroupInput!) {
    createGroup(input: $input) {
      id
    }
  }
`);
export const UPDATE_GROUP = graphql(`
  mutation PeopleUpdateGroup($input: GroupInput!) {
    updateGroup(input: $input) {
      id
    }
  }
`);
export const SET_GROUP_MEMBERS = graphql(`
  mutation PeopleSetGroupMembers($id: ID!, $members: [ID!]!) {
    setGroupMembers(id: $id, members: $members) {
      id
    }
  }
`);
export const DELETE_GROUP = graphql(`
  mutation PeopleDeleteGroup($id: ID!) {
    deleteGroup(id: $id)
  }
`);

export const AUDIT_LOG = graphql(`
  query PeopleAuditLog($f: AuditFilter, $after: String) {
    auditLog(filter: $f, first: 50, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          type
          subjectType
          subjectId
          actorId
          onBehalfOf
          at
          before
          after
        }
      }
    }
  }
`);

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

export const QUEUES = graphql(`
  query PeopleQueues {
    queues {
      name
      channel
      slaSeconds
      slaTargetPercent
      reservationTimeoutSeconds
      agingPerMinute
      serviceLevelRule
      abandonGraceSeconds
      dispositionCodes
      cannedResponses {
        title
        text
      }
      escalation {
        afterSeconds
        lowerSkillLevelBy
        addGroup
        raisePriority
        moveToQueue
        widenToSites
        widenToAllSites
      }
      site {
        id
      }
      businessHoursSla
    }
  }
`);
export const UPSERT_QUEUE = graphql(`
  mutation PeopleUpsertQueue($input: QueueInput!) {
    upsertQueue(input: $input) {
      name
    }
  }
`);
export const AGENTS = graphql(`
  query PeopleAgents {
    agents {
      id
      name
      site {
        id
      }
      skills {
        name
        level
      }
      capacity {
        VOICE
        CHAT
        EMAIL
        BACKOFFICE
        total
      }
    }
  }
`);
export const UPSERT_AGENT = graphql(`
  mutation PeopleUpsertAgent($input: AgentInput!) {
    upsertAgent(input: $input) {
      id
    }
  }
`);

export const SERVICE_LEVEL_RULES = [
  'EXCLUDE_SHORT_ABANDONS',
  'ABANDONS_COUNT_AGAINST',
  'IGNORE_ABANDONS',
  'ABANDONS_WITHIN_THRESHOLD_COUNT_FOR',
] as const satisfies readonly ServiceLevelRule[];
export const CAPACITY_KEYS = ['VOICE', 'CHAT', 'EMAIL', 'BACKOFFICE', 'total'] as const;

/** An escalation step as the form edits it: every field text. */
export interface StepRow {
  afterSeconds: string;
  lowerSkillLevelBy: string;
  addGroup: string;
  raisePriority: string;
  moveToQueue: string;
  /** Site ids separated by commas, or `*` for any site. */
  widenSites: string;
}

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v));

/** A queue's escalation step as loaded. */
export type EscalationStep = PeopleQueuesQuery['queues'][number]['escalation'][number];

/** The form's rows for a queue's escalation steps. */
export function stepRows(steps: readonly EscalationStep[]): StepRow[] {
  return steps.map((s) => ({
    afterSeconds: text(s.afterSeconds),
    lowerSkillLevelBy: text(s.lowerSkillLevelBy),
    addGroup: text(s.addGroup),
    raisePriority: text(s.raisePriority),
    moveToQueue: text(s.moveToQueue),
    widenSites: s.widenToAllSites ? '*' : (s.widenToSites ?? []).join(', '),
  }));
}

/** The steps to send: blank fields left out, numbers as numbers (the server checks ranges). */
export function stepInput(rows: readonly StepRow[]): EscalationStepInput[] {
  const num = (v: string) => (v.trim() === '' ? null : Number(v));
  const str = (v: string) => (v.trim() === '' ? null : v.trim());
  return rows.map((r) => ({
    afterSeconds: num(r.afterSeconds) ?? 0,
    lowerSkillLevelBy: num(r.lowerSkillLevelBy),
    addGroup: str(r.addGroup),
    raisePriority: num(r.raisePriority),
    moveToQueue: str(r.moveToQueue),
    widenToAllSites: r.widenSites.trim() === '*' ? true : null,
    widenToSites: r.widenSites.trim() === '*' ? null : idList(r.widenSites),
  }));
}

/** A queue's disposition codes as the form's one text field: "SOLD, NO_SALE". */
export const codesText = (codes: readonly string[]): string => codes.join(', ');

/** The form's codes field as the list upsertQueue takes (commas or spaces; empty: no codes). */
export function codesInput(text: string): string[] {
  return text
    .split(/[\s,]+/)
    .map((c) => c.trim())
    .filter(Boolean);
}
