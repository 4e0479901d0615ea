import { evaluateExpression, isExpression } from './evaluate.ts';
import { ExpressionError } from './expression-error.ts';
import { parseBody, type Node } from './parse.ts';

// bpmn-engine's own style reaches into its run context (`${environment.variables.x}`); models written
// that way keep working. Those paths are read property by property; nothing is ever called.
const NATIVE = /^[$#]\{\s*(environment|content|properties|fields)\b[^}]*\}$/;
const FORBIDDEN = new Set(['__proto__', 'prototype', 'constructor']);

function readPath(node: Node, context: any, src: string): unknown {
  if (node.type === 'var') return context?.[node.name];
  if (node.type !== 'member') throw new ExpressionError('only property paths may read the engine context', src);
  const object = readPath(node.object, context, src) as any;
  const key = node.property.type === 'lit' ? String(node.property.value) : String(readPath(node.property, context, src));
  if (FORBIDDEN.has(key)) throw new ExpressionError(`property "${key}" is not accessible`, src);
  const value = object?.[key];
  return typeof value === 'function' ? undefined : value;
}

/**
 * The `expressions` option for bpmn-engine: Camunda's `${amount > 1000}` and FEEL `=amount > 1000`
 * against the process variables. Errors propagate so the engine fails the activity visibly.
 */
export function makeBpmnExpressions() {
  return {
    resolveExpression(expression: string, context: any) {
      if (NATIVE.test(expression)) return readPath(parseBody(expression.slice(2, -1)), context, expression);
      return evaluateExpression(expression, context?.environment?.variables ?? {});
    },
    isExpression: (text: unknown) => isExpression(text) && /^(=|[$#]\{[^]*\}$)/.test(String(text)),
    hasExpression: (text: unknown) => isExpression(text),
  };
}
