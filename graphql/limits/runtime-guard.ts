import {
  defaultFieldResolver,
  getNamedType,
  getOperationAST,
  isLeafType,
  isObjectType,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLField,
  type GraphQLSchema,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { QueryLimitsConfig } from '../../config.ts';
import { measureJson } from '../../engine/index.ts';
import { LimitCode, refusal } from './refusals.ts';

/** What one execution (or one subscription event) has produced so far. */
interface Tally {
  objects: number;
  bytes: number;
  /** Set once a limit is crossed: every later resolver call fails at once with it. */
  tripped: GraphQLError | null;
  /** Stops a query or mutation where it stands (graphql-tools' executor honours the signal). */
  readonly abort: AbortController | null;
}

type Limits = Pick<QueryLimitsConfig, 'maxResultObjects' | 'maxResultBytes' | 'timeoutMs'>;

const tooLarge = (limit: 'objects' | 'bytes', max: number) =>
  refusal(LimitCode.RESULT_TOO_LARGE, `operation aborted: it produced more than ${max} ${limit}`, { limit, max });

function countObjects(value: unknown): number {
  if (value === null || value === undefined || value instanceof Error) return 0;
  if (!Array.isArray(value)) return 1;
  let n = 0;
  for (const item of value) n += countObjects(item);
  return n;
}

/**
 * Bytes a leaf adds to the response: its value as JSON. Strings count their UTF-8 length (escapes
 * left out: this is a guard, not a serializer); objects (JSON fields) are measured up to `budget`.
 */
function leafBytes(value: unknown, budget: number): number {
  if (typeof value === 'string') return Buffer.byteLength(value) + 2;
  if (value === null || value === undefined || typeof value !== 'object') return 8;
  return measureJson(value, Infinity, budget).bytes;
}

function trip(tally: Tally, error: GraphQLError): void {
  if (tally.tripped) return;
  tally.tripped = error;
  tally.abort?.abort(error);
}

/** What one field of the schema adds to a tally: its name, then its value's bytes or objects. */
function accountant(limits: Limits, field: GraphQLField<unknown, unknown>) {
  const leaf = isLeafType(getNamedType(field.type));
  const nameBytes = field.name.length + 3;
  return (tally: Tally, result: unknown): void => {
    tally.bytes += nameBytes;
    if (leaf) tally.bytes += leafBytes(result, limits.maxResultBytes - tally.bytes + 1);
    else tally.objects += countObjects(result);
    if (tally.objects > limits.maxResultObjects) trip(tally, tooLarge('objects', limits.maxResultObjects));
    else if (tally.bytes > limits.maxResultBytes) trip(tally, tooLarge('bytes', limits.maxResultBytes));
  };
}

const wrapped = Symbol('crossdesk.runtimeGuard');

/**
 * Wraps every field's resolver (introspection and default resolvers included) to count what it
 * returns into its request's tally. Hand-written rather than @envelop/on-resolve: its generic hook
 * objects made a 200-task query 1.5 times slower; this costs a few per cent.
 */
function guardSchema(schema: GraphQLSchema, limits: Limits, tallies: WeakMap<object, Tally>): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields()) as (GraphQLField<unknown, unknown> & { [wrapped]?: true })[]) {
      if (field[wrapped]) continue;
      const resolve = field.resolve ?? defaultFieldResolver;
      const account = accountant(limits, field);
      field.resolve = (root, args, context, info) => {
        const tally = tallies.get(context as object);
        if (!tally) return resolve(root, args, context, info);
        if (tally.tripped) throw tally.tripped;
        const result = resolve(root, args, context, info);
        if (result instanceof Promise)
          return result.then((value) => {
            account(tally, value);
            return value;
          });
        account(tally, result);
        return result;
      };
      field[wrapped] = true;
    }
  }
}

const newTally = (abort: AbortController | null): Tally => ({ objects: 0, bytes: 0, tripped: null, abort });

/**
 * The last line behind the estimate: an operation that resolves more than `maxResultObjects`
 * objects or produces more than `maxResultBytes` bytes is aborted with RESULT_TOO_LARGE, a query
 * running longer than `timeoutMs` with QUERY_TIMEOUT. Aborting stops the executor from starting
 * further fields and answers at once; a resolver already waiting finishes on its own. Mutations
 * have no time limit (a command runs to its end; only its result selection is bounded) and each
 * subscription event is counted on its own. Tallies are kept per request context, in this plugin.
 */
export function runtimeGuardPlugins(limits: Limits): Plugin[] {
  const tallies = new WeakMap<object, Tally>();
  const guard: Plugin = { onSchemaChange: ({ schema }) => guardSchema(schema as GraphQLSchema, limits, tallies) };
  const execution: Plugin = {
    onExecute({ args, executeFn, setExecuteFn }) {
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      const tally = newTally(new AbortController());
      const signal = tally.abort!.signal;
      tallies.set(args.contextValue, tally);
      setExecuteFn(async (execArgs) => {
        const timer =
          operation === 'query'
            ? setTimeout(() => {
                const ms = limits.timeoutMs;
                trip(
                  tally,
                  refusal(LimitCode.QUERY_TIMEOUT, `query aborted after ${ms} ms`, { limit: 'time', maxMs: ms }),
                );
              }, limits.timeoutMs)
            : null;
        try {
          const outer = (execArgs as { signal?: AbortSignal }).signal;
          const result = await executeFn({
            ...execArgs,
            signal: outer ? AbortSignal.any([outer, signal]) : signal,
          } as any);
          // The limit may be crossed by the very last field, when nothing is left to abort.
          return tally.tripped ? ({ errors: [tally.tripped] } satisfies ExecutionResult) : result;
        } catch (err) {
          if (tally.tripped && err === tally.tripped) return { errors: [tally.tripped] } satisfies ExecutionResult;
          throw err;
        } finally {
          if (timer) clearTimeout(timer);
          tallies.delete(args.contextValue);
        }
      });
    },
    onSubscribe({ args }) {
      const context = args.contextValue;
      tallies.set(context, newTally(null));
      return {
        onSubscribeResult: () => ({
          onNext({ setResult }) {
            const tally = tallies.get(context);
            if (tally?.tripped) setResult({ errors: [tally.tripped] });
            tallies.set(context, newTally(null));
          },
          onEnd: () => void tallies.delete(context),
        }),
      };
    },
  };
  return [guard, execution];
}
