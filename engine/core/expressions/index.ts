/**
 * Safe expressions for models: Camunda 7 short form `${...}` / `#{...}` (a JUEL subset run by an
 * interpreter of its own: no eval, no calls, no prototypes) and FEEL `=...` (feelin). Both read the
 * process variables and nothing else.
 */
export { evaluateExpression, validateExpression } from './evaluate.ts';
export { isExpression, parseExpression, type ParsedExpression } from './parse-expression.ts';
export {
  makeBpmnExpressions,
  NATIVE_ROOTS,
  type BpmnExpressions,
  type BpmnExpressionsOptions,
} from './bpmn-expressions.ts';
export { ExpressionError } from './expression-error.ts';
