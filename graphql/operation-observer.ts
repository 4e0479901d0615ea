import type { Plugin } from 'graphql-yoga';
import {
  Kind,
  type DefinitionNode,
  type ExecutionResult,
  type OperationDefinitionNode,
  type SelectionNode,
} from 'graphql';

/** One executed operation as /metrics counts it: its type, its first root field, how long, which error codes. */
export interface OperationObservation {
  type: 'query' | 'mutation' | 'subscription';
  /** The first root field (`completeTask`), a bounded label unlike the client-chosen operation name. */
  field: string;
  seconds: number;
  /** `extensions.code` of each error (INTERNAL for a bug's error). */
  errorCodes: string[];
}

/** Told about every executed operation (the server's metrics implement it). */
export type OperationObserver = (observation: OperationObservation) => void;

const codeOf = (err: { originalError?: unknown; extensions?: Record<string, unknown> }): string => {
  const code = (err.originalError as { code?: unknown } | undefined)?.code ?? err.extensions?.code;
  return typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'INTERNAL';
};

/** An envelop plugin timing each execution and reporting it to `observe` (subscriptions: their set-up only). */
export function observeOperations(observe: OperationObserver): Plugin {
  return {
    onExecute({ args }) {
      const started = performance.now();
      const operation = args.document.definitions.find(
        (d: DefinitionNode): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const first = operation?.selectionSet.selections.find((s: SelectionNode) => s.kind === Kind.FIELD);
      const field = first && first.kind === Kind.FIELD ? first.name.value : 'unknown';
      return {
        onExecuteDone({ result }) {
          const single = Symbol.asyncIterator in Object(result) ? undefined : (result as ExecutionResult);
          observe({
            type: operation?.operation ?? 'query',
            field,
            seconds: (performance.now() - started) / 1000,
            errorCodes: (single?.errors ?? []).map(codeOf),
          });
        },
      };
    },
  };
}
