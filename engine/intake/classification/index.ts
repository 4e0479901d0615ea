/** Classification rules: which process a new contact starts, kept as versioned, audited data. */
export {
  upsertClassificationRule,
  deleteClassificationRule,
  getClassificationRules,
  getClassificationRule,
  getClassificationRuleVersions,
  type ClassificationRuleInput,
} from './manage-rules.ts';
export { seedClassificationRules } from './seed-rules.ts';
export { firstMatchingRule, ruleMatches, ruleProblem, caseVariables } from './match-rule.ts';
export { validateMatch, validateAction, MAX_PATTERN_LENGTH } from './validate-rule.ts';
export { CHANNELS } from './channels.ts';
