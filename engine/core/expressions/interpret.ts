import { FORBIDDEN_KEYS, readData, readHost, readVariable } from './access.ts';
import { ExpressionError } from './expression-error.ts';
import { applyBinary, isEmpty, OperandError, toNumber, truthy } from './operators.ts';
import type { BinaryOp, Node } from './parse.ts';
import type { PatternLimits } from '../patterns/index.ts';

/** What an expression can read: the variables, and optionally engine objects under reserved names. */
export interface Scope {
  variables: object;
  /** bpmn-engine's run context (`environment`, `content`, ...), readable only under `roots`. */
  host?: { context: object; roots: ReadonlySet<string> };
  /** Limits of FEEL's regular-expression functions (default: DEFAULT_PATTERN_LIMITS). */
  patterns?: PatternLimits;
}

/**
 * Evaluates a parsed body. A missing variable or property is undefined, never an error, so a
 * condition on data a process does not have yet is simply false. `source` is for error messages.
 */
export function interpret(node: Node, scope: Scope, source: string): unknown {
  const { variables, host } = scope;
  const isHost = (name: string | null) => host !== undefined && name !== null && host.roots.has(name);
  const fail = (message: string, pos: number): never => {
    throw new ExpressionError(`${message} at position ${pos}`, source, pos);
  };
  // Operators know no positions; their errors get the operator's here.
  const operate = (pos: number, apply: () => unknown): unknown => {
    try {
      return apply();
    } catch (err) {
      if (err instanceof OperandError) return fail(err.message, pos);
      throw err;
    }
  };
  const binary = (op: BinaryOp, left: unknown, right: unknown, pos: number) =>
    operate(pos, () => applyBinary(op, left, right));

  const run = (n: Node): unknown => {
    switch (n.type) {
      case 'literal':
        return n.value;
      case 'variable':
        return isHost(n.name) ? readHost(host!.context, n.name) : readVariable(variables, n.name);
      case 'member': {
        const object = run(n.object);
        const key = run(n.property);
        if (typeof key !== 'string' && typeof key !== 'number') return undefined;
        // Parsing refused literal keys already; this catches computed ones like x['const' + 'ructor'].
        if (FORBIDDEN_KEYS.has(String(key))) return fail(`"${key}" is not accessible`, n.property.pos);
        return isHost(n.root) ? readHost(object, String(key)) : readData(object, String(key));
      }
      case 'conditional':
        return truthy(run(n.test)) ? run(n.then) : run(n.otherwise);
      case 'unary': {
        const value = run(n.operand);
        if (n.op === '!') return !truthy(value);
        if (n.op === 'empty') return isEmpty(value);
        return operate(n.pos, () => -toNumber(value));
      }
      case 'binary':
        if (n.op === '&&') return truthy(run(n.left)) && truthy(run(n.right));
        if (n.op === '||') return truthy(run(n.left)) || truthy(run(n.right));
        return binary(n.op, run(n.left), run(n.right), n.pos);
    }
  };

  return run(node);
}
