import { useOnResolve } from '@envelop/on-resolve';
import {
  getNamedType,
  getOperationAST,
  isLeafType,
  type ExecutionResult,
  type GraphQLError,
  type GraphQLResolveInfo,
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

/** Bytes a leaf adds to the response: its name and its value as JSON, measured up to `budget`. */
function leafBytes(info: GraphQLResolveInfo, value: unknown, budget: number): number {
  return info.fieldName.length + 3 + measureJson(value ?? null, Infinity, budget).bytes;
}

function trip(tally: Tally, error: GraphQLError): void {
  if (tally.tripped) return;
  tally.tripped = error;
  tally.abort?.abort(error);
}

function account(limits: Limits, tally: Tally, info: GraphQLResolveInfo, result: unknown): void {
  if (isLeafType(getNamedType(info.returnType)))
    tally.bytes += leafBytes(info, result, limits.maxResultBytes - tally.bytes + 1);
  else {
    tally.bytes += info.fieldName.length + 3;
    tally.objects += countObjects(result);
  }
  if (tally.objects > limits.maxResultObjects) trip(tally, tooLarge('objects', limits.maxResultObjects));
  else if (tally.bytes > limits.maxResultBytes) trip(tally, tooLarge('bytes', limits.maxResultBytes));
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
  const guard = useOnResolve(
    ({ context, info }) => {
      const tally = tallies.get(context);
      if (!tally) return;
      if (tally.tripped) throw tally.tripped;
      return ({ result }) => account(limits, tally, info, result);
    },
    { skipIntrospection: false },
  ) as Plugin;
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
