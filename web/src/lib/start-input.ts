import type { MessageKey } from './messages.ts';

/** Variable names bpmn-engine keeps for itself: the server refuses them (see the README). */
export const RESERVED_VARIABLES = ['fields', 'content', 'properties', 'environment'] as const;

/** A message for the user: a catalogue key and its parameters. */
export interface Problem {
  key: MessageKey;
  params?: Record<string, string | number>;
}

/** The variables typed into the start form: a JSON object, or why not. */
export type ParsedVariables = { variables: Record<string, unknown> } | { problem: Problem };

/** Line and column (1-based) of a character offset. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, Math.max(0, offset));
  const lines = before.split('\n');
  return { line: lines.length, column: lines[lines.length - 1].length + 1 };
}

/** Where JSON.parse stopped: engines say "at position N" (V8) or "line L column C" (others). */
function errorPlace(text: string, message: string): { line: number; column: number } {
  const lc = /line (\d+) column (\d+)/.exec(message);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = /position (\d+)/.exec(message);
  return lineAndColumn(text, pos ? Number(pos[1]) : text.length);
}

/**
 * Reads the start form's variables: empty means none; otherwise a JSON object whose keys are not
 * reserved. Problems carry the line and column of a syntax error.
 */
export function parseVariables(text: string): ParsedVariables {
  if (!text.trim()) return { variables: {} };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { problem: { key: 'start.error.json', params: errorPlace(text, (e as Error).message) } };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { problem: { key: 'start.error.notObject' } };
  const reserved = RESERVED_VARIABLES.find((name) => name in value);
  if (reserved) return { problem: { key: 'start.error.reserved', params: { name: reserved } } };
  return { variables: value as Record<string, unknown> };
}

const EXPRESSION = /[$#]\{([^}]*)\}/g;
const IDENTIFIER = /(?<![\w.$'"])([A-Za-z_]\w*)/g;
const NOT_VARIABLES = new Set(['true', 'false', 'null', 'undefined', 'not', 'and', 'or', 'empty', 'div', 'mod']);

/**
 * The variables a model's expressions read (`${caseRef}`, `${vip ? 80 : 50}`, `${customer.name}`
 * reads `customer`), in first-seen order: a hint of what to give when starting it by hand.
 */
export function modelVariables(bpmnXml: string): string[] {
  const names = new Set<string>();
  const text = bpmnXml
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
  for (const [, body] of text.matchAll(EXPRESSION)) {
    const code = body.replace(/'[^']*'|"[^"]*"/g, "''");
    for (const [, name] of code.matchAll(IDENTIFIER)) if (!NOT_VARIABLES.has(name)) names.add(name);
  }
  for (const reserved of RESERVED_VARIABLES) names.delete(reserved);
  return [...names];
}

/** The typed variables with the model's names added (as null) where missing, pretty-printed. */
export function withModelVariables(text: string, names: readonly string[]): string {
  const parsed = parseVariables(text);
  const current = 'variables' in parsed ? parsed.variables : {};
  const merged: Record<string, unknown> = { ...current };
  for (const name of names) if (!(name in merged)) merged[name] = null;
  return JSON.stringify(merged, null, 2);
}
