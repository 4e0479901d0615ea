/**
 * The classification rule editor's form: what the page edits (strings), to and from the API's
 * ClassificationRuleInput, and which form field an error from the server belongs to. Pure functions.
 */

import type { ClassificationRuleInput, InteractionChannel } from '../generated/graphql.ts';

export const CHANNELS = ['EMAIL', 'CHAT', 'WEB_FORM', 'VOICE', 'SMS', 'SOCIAL'] as const;

/** What the form edits. JSON fields are text, checked before sending. */
export interface RuleForm {
  id: string | null;
  expectedVersion: number | null;
  name: string;
  position: string;
  enabled: boolean;
  channels: InteractionChannel[];
  keywords: string;
  subjectPattern: string;
  bodyPattern: string;
  attributes: string;
  processKey: string;
  messageName: string;
  variables: string;
  priority: string;
  businessValue: string;
}

export type RuleField = Exclude<keyof RuleForm, 'id' | 'expectedVersion'>;

const json = (value: unknown) => (value && Object.keys(value as object).length ? JSON.stringify(value, null, 2) : '');
const text = (value: unknown) => (value === null || value === undefined ? '' : String(value));

/** What the form reads of a stored rule (the rule page's `ContactsRule` fragment has all of it). */
export interface StoredRule {
  id: string;
  version: number;
  name: string;
  position: number;
  enabled: boolean;
  match: {
    channels?: readonly InteractionChannel[] | null;
    keywords?: readonly string[] | null;
    subjectPattern?: string | null;
    bodyPattern?: string | null;
    attributes?: unknown;
  };
  action: {
    processKey?: string | null;
    messageName?: string | null;
    variables?: unknown;
    priority?: number | null;
    businessValue?: number | null;
  };
}

/** A new rule's form (after the last rule), or a stored rule's. */
export function ruleForm(rule?: StoredRule, nextPosition = 10): RuleForm {
  return {
    id: rule?.id ?? null,
    expectedVersion: rule?.version ?? null,
    name: rule?.name ?? '',
    position: text(rule?.position ?? nextPosition),
    enabled: rule?.enabled ?? true,
    channels: [...(rule?.match.channels ?? [])],
    keywords: (rule?.match.keywords ?? []).join(', '),
    subjectPattern: text(rule?.match.subjectPattern),
    bodyPattern: text(rule?.match.bodyPattern),
    attributes: json(rule?.match.attributes),
    processKey: text(rule?.action.processKey),
    messageName: text(rule?.action.messageName),
    variables: json(rule?.action.variables),
    priority: text(rule?.action.priority),
    businessValue: text(rule?.action.businessValue),
  };
}

function parseJson(value: string, field: RuleField, errors: Partial<Record<RuleField, string>>): unknown {
  if (!value.trim()) return undefined;
  try {
    return JSON.parse(value);
  } catch {
    errors[field] = 'json';
    return undefined;
  }
}

function parseInt10(value: string, field: RuleField, errors: Partial<Record<RuleField, string>>): number | undefined {
  if (!value.trim()) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n)) errors[field] = 'integer';
  return n;
}

/**
 * The API input for a form, or the fields that are not even well-formed (JSON, whole numbers) with the
 * message key of each (`rules.error.json`, `rules.error.integer`); the server checks the rest.
 */
export function ruleInput(form: RuleForm): {
  input?: ClassificationRuleInput;
  errors: Partial<Record<RuleField, string>>;
} {
  const errors: Partial<Record<RuleField, string>> = {};
  const position = parseInt10(form.position, 'position', errors) ?? 0;
  const match = {
    channels: form.channels.length ? form.channels : undefined,
    keywords: form.keywords.trim()
      ? form.keywords
          .split(',')
          .map((k) => k.trim())
          .filter(Boolean)
      : undefined,
    subjectPattern: form.subjectPattern.trim() || undefined,
    bodyPattern: form.bodyPattern.trim() || undefined,
    attributes: parseJson(form.attributes, 'attributes', errors),
  };
  const action = {
    processKey: form.processKey.trim() || undefined,
    messageName: form.messageName.trim() || undefined,
    variables: parseJson(form.variables, 'variables', errors),
    priority: parseInt10(form.priority, 'priority', errors),
    businessValue: parseInt10(form.businessValue, 'businessValue', errors),
  };
  if (Object.keys(errors).length) return { errors };
  return {
    errors,
    input: {
      ...(form.id ? { id: form.id, expectedVersion: form.expectedVersion } : {}),
      name: form.name,
      position,
      enabled: form.enabled,
      match,
      action,
    },
  };
}

/** The form field a server error's `extensions.field` names (`match.subjectPattern` -> subjectPattern), or null. */
export function ruleFieldOf(serverField: unknown): RuleField | null {
  if (typeof serverField !== 'string') return null;
  const [head, second] = serverField.split('.');
  if (head === 'name' || head === 'position') return head;
  if (head === 'match') {
    if (second === 'channels' || second === 'keywords' || second === 'subjectPattern' || second === 'bodyPattern')
      return second;
    return 'attributes';
  }
  if (head === 'action') {
    if (second === 'messageName' || second === 'priority' || second === 'businessValue' || second === 'variables')
      return second;
    return 'processKey';
  }
  return null;
}
