/** Safe expressions: Camunda short form `${...}` and FEEL `=...`, reading variables and nothing else. */
export { evaluateExpression, validateExpression, isExpression } from './evaluate.ts';
export { makeBpmnExpressions } from './bpmn-expressions.ts';
export { ExpressionError } from './expression-error.ts';
export { compile as parseExpression, compiledCacheSize, COMPILE_CACHE_LIMIT } from './compile.ts';
