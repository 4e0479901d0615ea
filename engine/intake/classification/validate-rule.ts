import type { RuleAction, RuleMatch } from '../../../models/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { CHANNELS } from './channels.ts';
import { patternProblem } from '../../core/patterns/index.ts';

/** Longest pattern a rule may hold; rules are authored by designers, but a short pattern bounds backtracking. */
export const MAX_PATTERN_LENGTH = 200;

/** Rule patterns ignore case. */
export const RULE_PATTERN_FLAGS = { ignoreCase: true } as const;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkPattern(pattern: unknown, field: string): string | undefined {
  if (pattern === undefined || pattern === null || pattern === '') return undefined;
  if (typeof pattern !== 'string' || pattern.length > MAX_PATTERN_LENGTH)
    throw new BadInputError(`${field} must be a regular expression of at most ${MAX_PATTERN_LENGTH} characters`, {
      field,
    });
  const problem = patternProblem(pattern, RULE_PATTERN_FLAGS);
  if (problem) throw new BadInputError(`${field} is not a usable regular expression: ${problem}`, { field });
  return pattern;
}

function checkStrings(value: unknown, field: string): string[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim()))
    throw new BadInputError(`${field} must be a list of non-empty strings`, { field });
  return value.map((v: string) => v.trim());
}

/** A rule's match part, checked: known channels, string attributes, compiling patterns. */
export function validateMatch(input: unknown): RuleMatch {
  if (input === undefined || input === null) return {};
  if (!isObject(input)) throw new BadInputError('match must be an object', { field: 'match' });
  const channels = checkStrings(input.channels, 'match.channels');
  const unknown = channels?.find((c) => !CHANNELS.includes(c as never));
  if (unknown) throw new BadInputError(`match.channels: unknown channel ${unknown}`, { field: 'match.channels' });
  if (
    input.attributes !== undefined &&
    (!isObject(input.attributes) || Object.values(input.attributes).some((v) => typeof v !== 'string'))
  ) {
    throw new BadInputError('match.attributes must map attribute names to string values', {
      field: 'match.attributes',
    });
  }
  const match: RuleMatch = {
    channels,
    attributes: input.attributes as Record<string, string> | undefined,
    keywords: checkStrings(input.keywords, 'match.keywords'),
    subjectPattern: checkPattern(input.subjectPattern, 'match.subjectPattern'),
    bodyPattern: checkPattern(input.bodyPattern, 'match.bodyPattern'),
  };
  return Object.fromEntries(Object.entries(match).filter(([, v]) => v !== undefined));
}

function checkScore(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Number.isInteger(value) || (value as number) < 0 || (value as number) > 100)
    throw new BadInputError(`${field} must be an integer 0-100`, { field });
  return value as number;
}

// bpmn-engine keeps its own data under these names; a variable named so would be refused at start.
const RESERVED = ['fields', 'content', 'properties', 'environment'];

const SOURCE =
  /^(subject|body|channel|externalId|caseRef|interactionId|customer\.(id|name|email|phone)|attributes\.[\w.-]+)$/;

/** A rule's action part, checked: exactly one of processKey and messageName, known variable sources. */
export function validateAction(input: unknown): RuleAction {
  if (!isObject(input)) throw new BadInputError('action must be an object', { field: 'action' });
  const processKey = typeof input.processKey === 'string' ? input.processKey.trim() : '';
  const messageName = typeof input.messageName === 'string' ? input.messageName.trim() : '';
  if (Boolean(processKey) === Boolean(messageName))
    throw new BadInputError('action names exactly one of processKey and messageName', { field: 'action.processKey' });
  const variables = input.variables ?? {};
  if (!isObject(variables))
    throw new BadInputError('action.variables must be an object', { field: 'action.variables' });
  for (const [name, source] of Object.entries(variables)) {
    if (RESERVED.includes(name) || !/^[A-Za-z_][\w]*$/.test(name))
      throw new BadInputError(`action.variables.${name}: not a usable variable name`, {
        field: `action.variables.${name}`,
      });
    const ok = (typeof source === 'string' && SOURCE.test(source)) || (isObject(source) && 'value' in source);
    if (!ok)
      throw new BadInputError(
        `action.variables.${name}: source must be subject, body, channel, customer.<id|name|email|phone>, attributes.<name> or { "value": ... }`,
        { field: `action.variables.${name}` },
      );
  }
  const action: RuleAction = {
    ...(processKey ? { processKey } : { messageName }),
    variables: variables as RuleAction['variables'],
    priority: checkScore(input.priority, 'action.priority'),
    businessValue: checkScore(input.businessValue, 'action.businessValue'),
  };
  return Object.fromEntries(Object.entries(action).filter(([, v]) => v !== undefined)) as RuleAction;
}
