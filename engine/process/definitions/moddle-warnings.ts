import type { Problem } from './problem.ts';

/** A warning bpmn-moddle collects while reading (`fromXML(...).warnings`). */
export interface ModdleWarning {
  message: string;
  element?: { id?: string; $type?: string };
  property?: string;
  value?: unknown;
  error?: Error;
}

/**
 * Crossdesk attributes read from the unknown attributes on purpose (see normalize.ts): Camunda's
 * descriptor already owns `topic` on service tasks, and moddle refuses a second `topic` there.
 */
const READ_AS_UNKNOWN = new Set(['crossdesk:topic', 'crossdesk:handler']);

/** ` at line L, column C` from a moddle message; saxen counts from 0, editors from 1. */
export function position(message: string): string {
  const where = /line: (\d+)\s+column: (\d+)/.exec(message);
  return where ? ` at line ${Number(where[1]) + 1}, column ${Number(where[2]) + 1}` : '';
}

function unparsable(w: ModdleWarning): Problem {
  const nested = w.error?.message ?? /nested error: (.*)/.exec(w.message)?.[1] ?? w.message;
  const tag = /unparsable content (<[^>\s]*>?)/.exec(w.message)?.[1] ?? 'an element';
  // moddle drops the element: the engine would run a model other than the one drawn.
  const duplicate = /^duplicate ID <(.+)>$/.exec(nested)?.[1];
  return {
    elementId: duplicate ?? 'definitions',
    rule: duplicate ? 'duplicate-id' : 'unparsable-content',
    message: `${tag}${position(w.message)} was left out: ${nested}`,
    category: 'error',
  };
}

function unknownAttribute(w: ModdleWarning): Problem | null {
  const name = w.property ?? /unknown attribute <(.+)>/.exec(w.message)?.[1] ?? '';
  if (READ_AS_UNKNOWN.has(name)) return null;
  const elementId = w.element?.id ?? 'definitions';
  // Our own namespace: a misspelt or misplaced routing attribute would be dropped without a word.
  if (name.startsWith('crossdesk:')) {
    return {
      elementId,
      rule: 'unknown-attribute',
      message: `${name} is not a Crossdesk attribute of ${w.element?.$type ?? 'this element'}`,
      category: 'error',
    };
  }
  return { elementId, rule: 'unknown-attribute', message: `${name} is not known and is ignored`, category: 'warn' };
}

/** Turns one moddle warning into a problem (null for warnings that are expected). */
export function moddleWarningProblem(w: ModdleWarning): Problem | null {
  if (/^unresolved reference/.test(w.message)) {
    const ref = String(w.property ?? 'a reference').replace(/^bpmn:/, '');
    return {
      elementId: w.element?.id ?? 'definitions',
      rule: 'unresolved-reference',
      message: `${ref} refers to "${w.value}", which is not in the file`,
      category: 'error',
    };
  }
  if (/^unparsable content/.test(w.message)) return unparsable(w);
  if (/^unknown attribute/.test(w.message)) return unknownAttribute(w);
  return {
    elementId: w.element?.id ?? 'definitions',
    rule: 'xml-warning',
    message: w.message.split('\n')[0],
    category: 'warn',
  };
}
