import type { ExecutionArgs, GraphQLError } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import type { QueryLimitsConfig } from '../../config.ts';
import { ErrorCode, measureJson } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import { checkCost } from './cost.ts';
import { limitKey, makePerUserLimits, type PerUserLimits } from './per-user.ts';
import { refusal } from './refusals.ts';

/** The operation's own parts that the checks read. */
type Operation = Pick<ExecutionArgs, 'schema' | 'document' | 'variableValues' | 'operationName'>;

/** A variable nested deeper than the limit is refused here, before graphql coerces it (BAD_USER_INPUT). */
function checkVariableDepth(variables: Operation['variableValues'], maxDepth: number): GraphQLError | null {
  for (const [name, value] of Object.entries(variables ?? {})) {
    if (measureJson(value, maxDepth, Infinity).over === 'depth')
      return refusal(ErrorCode.BAD_USER_INPUT, `variable $${name} nests deeper than ${maxDepth} levels`, {
        field: name,
        maxDepth,
      });
  }
  return null;
}

/** The checks that need the variables: their nesting, then the estimated cost. */
export function checkVariablesAndCost(op: Operation, maxCost: number, maxJsonDepth: number): GraphQLError | null {
  const tooDeep = checkVariableDepth(op.variableValues, maxJsonDepth);
  if (tooDeep) return tooDeep;
  try {
    checkCost(op.schema, op.document, op.variableValues, op.operationName, maxCost);
    return null;
  } catch (err) {
    if (err instanceof Error && 'extensions' in err) return err as GraphQLError;
    throw err;
  }
}

/** Closes a subscription's slot however it ends: done, returned (client gone), thrown or failed. */
function releasing<T>(source: AsyncIterable<T>, release: () => void): AsyncIterableIterator<T> {
  const iterator = source[Symbol.asyncIterator]();
  const settle = <R>(p: Promise<IteratorResult<R>>) =>
    p.then(
      (r) => (r.done && release(), r),
      (err) => {
        release();
        throw err;
      },
    );
  return {
    next: () => settle(iterator.next()),
    return: (value?: unknown) => (release(), iterator.return?.(value) ?? Promise.resolve({ done: true, value })),
    throw: (err?: unknown) => (release(), iterator.throw?.(err) ?? Promise.reject(err)),
    [Symbol.asyncIterator]() {
      return this;
    },
  } as AsyncIterableIterator<T>;
}

/**
 * Admission of an operation that passed parsing and validation, before any resolver runs: the
 * caller's request rate, the nesting of its variables, the estimated cost; for a subscription also
 * a free slot among the caller's open subscriptions. A refusal is the whole answer (no data).
 */
export function admissionPlugin(limits: QueryLimitsConfig, maxJsonDepth: number, perUser?: PerUserLimits): Plugin {
  const users = perUser ?? makePerUserLimits(limits);
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const key = limitKey(args.contextValue as unknown as GraphQLContext);
      const refused = (await users.admit(key)) ?? checkVariablesAndCost(args, limits.maxCost, maxJsonDepth);
      if (refused) setResultAndStopExecution({ errors: [refused] });
    },
    async onSubscribe({ args, subscribeFn, setSubscribeFn, setResultAndStopExecution }) {
      const key = limitKey(args.contextValue as unknown as GraphQLContext);
      const refused = (await users.admit(key)) ?? checkVariablesAndCost(args, limits.maxCost, maxJsonDepth);
      if (refused) return setResultAndStopExecution({ errors: [refused] });
      const slot = await users.openSubscription(key);
      if (!('release' in slot)) return setResultAndStopExecution({ errors: [slot] });
      setSubscribeFn(async (subscribeArgs) => {
        try {
          const result = await subscribeFn(subscribeArgs);
          if (isAsyncIterable(result)) return releasing(result, slot.release);
          slot.release();
          return result;
        } catch (err) {
          slot.release();
          throw err;
        }
      });
    },
  };
}
