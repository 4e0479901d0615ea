import type { ClassificationRuleRecord, CustomerRecord, InteractionRecord, RuleAction } from '../../../models/index.ts';
import { compileUserPattern, patternProblem, type PatternLimits } from '../../core/patterns/index.ts';
import { RULE_PATTERN_FLAGS } from './validate-rule.ts';

/**
 * Why a stored rule cannot be used (a pattern saved before patterns ran on RE2, say), or null. Such a
 * rule is skipped, reported at start-up and shown on the rule (`problem`).
 */
export function ruleProblem(rule: ClassificationRuleRecord): string | null {
  for (const field of ['subjectPattern', 'bodyPattern'] as const) {
    const pattern = rule.match[field];
    const problem = pattern ? patternProblem(pattern, RULE_PATTERN_FLAGS) : null;
    if (problem) return `match.${field}: ${problem}`;
  }
  return null;
}

function patternHolds(pattern: string | undefined, text: string, limits: PatternLimits): boolean {
  return !pattern || compileUserPattern(pattern, RULE_PATTERN_FLAGS, limits).test(text);
}

/**
 * True when every part of the rule's match holds for the interaction. Patterns see at most
 * `limits.maxInputChars` of the subject and of the body: it bounds the cost of a rule over a huge mail.
 */
export function ruleMatches(
  rule: ClassificationRuleRecord,
  interaction: InteractionRecord,
  limits: PatternLimits,
): boolean {
  const { match } = rule;
  const clip = (text: string | null) => (text ?? '').slice(0, limits.maxInputChars);
  const subject = clip(interaction.subject);
  const body = clip(interaction.body);
  if (match.channels?.length && !match.channels.includes(interaction.channel)) return false;
  for (const [name, value] of Object.entries(match.attributes ?? {})) {
    if (String(interaction.attributes[name] ?? '') !== value) return false;
  }
  if (match.keywords?.length) {
    const text = `${subject}\n${body}`.toLowerCase();
    if (!match.keywords.some((k) => text.includes(k.toLowerCase()))) return false;
  }
  return patternHolds(match.subjectPattern, subject, limits) && patternHolds(match.bodyPattern, body, limits);
}

/** The first enabled, usable rule, in order, that matches; null when none does. */
export function firstMatchingRule(
  rules: readonly ClassificationRuleRecord[],
  interaction: InteractionRecord,
  limits: PatternLimits,
): ClassificationRuleRecord | null {
  return rules.find((rule) => rule.enabled && !ruleProblem(rule) && ruleMatches(rule, interaction, limits)) ?? null;
}

function readSource(
  source: string,
  interaction: InteractionRecord,
  customer: CustomerRecord | null,
  caseRef: string,
): unknown {
  const [head, ...rest] = source.split('.');
  if (head === 'customer') return customer ? ((customer as unknown as Record<string, unknown>)[rest[0]] ?? null) : null;
  if (head === 'attributes')
    return (
      rest.reduce<unknown>(
        (value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined),
        interaction.attributes,
      ) ?? null
    );
  if (head === 'caseRef') return caseRef;
  if (head === 'interactionId') return interaction.id;
  return (interaction as unknown as Record<string, unknown>)[head] ?? null;
}

/**
 * Variables a new case starts with: who and what the contact is (always), the rule's priority and
 * business value, then the rule's own mapping (which may override the defaults).
 */
export function caseVariables(
  action: RuleAction | null,
  interaction: InteractionRecord,
  customer: CustomerRecord | null,
  caseRef: string,
): Record<string, unknown> {
  const variables: Record<string, unknown> = {
    caseRef,
    interactionId: interaction.id,
    channel: interaction.channel,
    subject: interaction.subject ?? '',
    customerId: customer?.id ?? null,
    customerName: customer?.name ?? null,
    customerEmail: customer?.email ?? null,
    customerPhone: customer?.phone ?? null,
    priority: action?.priority ?? 50,
    businessValue: action?.businessValue ?? 0,
  };
  for (const [name, source] of Object.entries(action?.variables ?? {})) {
    variables[name] = typeof source === 'string' ? readSource(source, interaction, customer, caseRef) : source.value;
  }
  return variables;
}
