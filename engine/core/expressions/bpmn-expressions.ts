import { evaluateParsed } from './evaluate.ts';
import type { Scope } from './interpret.ts';
import { isExpression, parseExpression } from './parse-expression.ts';
import type { PatternLimits } from '../patterns/index.ts';

/**
 * The names under which bpmn-engine's own expression style reads its run context
 * (`${environment.variables.x}`, `${environment.services.fn}`, `${content.id}`). They are reserved:
 * a process variable of the same name is not readable by a Camunda expression.
 */
export const NATIVE_ROOTS: ReadonlySet<string> = new Set(['environment', 'content', 'properties', 'fields']);

/** Options of makeBpmnExpressions. */
export interface BpmnExpressionsOptions {
  /**
   * Whether the native roots read bpmn-engine's context (default true), so models written for
   * bpmn-engine keep working. When false, every name is a process variable.
   */
  native?: boolean;
  /** Limits of FEEL's regular-expression functions (default: DEFAULT_PATTERN_LIMITS). */
  patterns?: PatternLimits;
}

/** The `expressions` option of bpmn-engine / bpmn-elements. */
export interface BpmnExpressions {
  /** Called by bpmn-elements with `{ environment, ...message }` as context; throws on a bad expression. */
  resolveExpression(expression: string, context?: any, fnContext?: unknown): unknown;
  /** The whole text is one expression (FEEL, or one `${...}`/`#{...}`). */
  isExpression(text: unknown): boolean;
  /** The text contains an expression somewhere. */
  hasExpression(text: unknown): boolean;
}

function isWhole(text: unknown): boolean {
  if (!isExpression(text)) return false;
  try {
    const parsed = parseExpression(text);
    return parsed.kind === 'feel' || (parsed.kind === 'template' && parsed.single !== null);
  } catch {
    // Invalid, but still meant as an expression when it opens one; resolving it will say what is wrong.
    return /^\s*[$#]\{/.test(text);
  }
}

/**
 * Makes the `expressions` option for bpmn-engine: Camunda's `${amount > 1000}` and FEEL
 * `=amount > 1000`, evaluated against the process variables (`context.environment.variables`, and
 * only those: not the message output). Native paths read the engine context through the same safe
 * interpreter instead of bpmn-elements' default handler, which would call any function a path names
 * (`${environment.variables.constructor.constructor(...)}`); functions are returned, never called,
 * so `${environment.services.fn}` still names a service implementation.
 *
 * Errors propagate on purpose: bpmn-elements turns them into an activity error, which the run
 * reports, where a swallowed error would silently take or skip a flow.
 */
export function makeBpmnExpressions(options: BpmnExpressionsOptions = {}): BpmnExpressions {
  const native = options.native ?? true;
  return {
    resolveExpression(expression: string, context?: any): unknown {
      if (!isExpression(expression)) return expression;
      const variables: object = context?.environment?.variables ?? {};
      const { patterns } = options;
      const scope: Scope =
        native && context ? { variables, patterns, host: { context, roots: NATIVE_ROOTS } } : { variables, patterns };
      return evaluateParsed(parseExpression(expression), scope);
    },
    isExpression: isWhole,
    hasExpression: (text: unknown) => isExpression(text),
  };
}
