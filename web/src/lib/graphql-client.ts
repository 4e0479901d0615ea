import { createClient, type Client } from 'graphql-sse';
import type { TypedDocumentString } from '../generated/graphql.ts';

/**
 * A document and the types of its answer and variables, generated from the schema (`npm run codegen`
 * turns every `graphql(...)` call in web/src into one; web/README.md).
 */
export type TypedDocument<R, V> = TypedDocumentString<R, V>;

/** The variables argument: may be left out when the document has none or all are optional. */
export type VariablesArg<V> = Record<string, never> extends V ? [variables?: V] : [variables: V];

/** A GraphQL error as the server sends it: `extensions.code` is one of the documented stable codes. */
export interface GraphQLErrorShape {
  message: string;
  extensions?: { code?: string; [key: string]: unknown };
}

/** Thrown by `request` when the server answers with errors; `code` is the first error's code. */
export class GraphQLRequestError extends Error {
  readonly code: string;
  readonly errors: GraphQLErrorShape[];
  constructor(errors: GraphQLErrorShape[]) {
    super(errors.map((e) => e.message).join('; '));
    this.errors = errors;
    this.code = errors[0]?.extensions?.code ?? 'INTERNAL_SERVER_ERROR';
  }
}

/** The app's only way to the server: queries and mutations over fetch, subscriptions over SSE. */
export interface GraphQLClient {
  request<R, V>(document: TypedDocument<R, V>, ...variables: VariablesArg<V>): Promise<R>;
  /**
   * Like `request`, but an answer with data and errors (fields the caller may not read come back null
   * with FORBIDDEN) returns both; only an answer without data throws.
   */
  requestPartial<R, V>(
    document: TypedDocument<R, V>,
    ...variables: VariablesArg<V>
  ): Promise<{ data: R; errors: GraphQLErrorShape[] }>;
  /** Calls `onData` for every event until the returned function is called. */
  subscribe<R, V>(
    document: TypedDocument<R, V>,
    variables: V,
    onData: (data: R) => void,
    onError?: (err: unknown) => void,
  ): () => void;
  /** Ends every open subscription (on sign-out). */
  dispose(): void;
}

/** Makes a client for `endpoint`; `token()` is read on every call so sign-in/out needs no new client. */
export function makeGraphQLClient(
  endpoint: string,
  token: () => string | null,
  onUnauthenticated?: () => void,
): GraphQLClient {
  const headers = (): Record<string, string> => {
    const t = token();
    return t ? { authorization: `Bearer ${t}` } : {};
  };
  const post = async (document: { toString(): string }, variables: unknown = {}) => {
    const res = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers() },
      body: JSON.stringify({ query: document.toString(), variables }),
    });
    return res.json().catch(() => ({ errors: [{ message: `HTTP ${res.status}` }] }));
  };
  const fail = (errors: GraphQLErrorShape[]) => {
    const err = new GraphQLRequestError(errors.length ? errors : [{ message: 'no data in the answer' }]);
    if (err.code === 'UNAUTHENTICATED') onUnauthenticated?.();
    return err;
  };
  let sse: Client | null = null;
  const sseClient = () =>
    (sse ??= createClient({ url: new URL(endpoint, location.href).toString(), headers, retryAttempts: 5 }));
  return {
    async request(document, ...[variables]) {
      const body = await post(document, variables);
      if (body.errors?.length) throw fail(body.errors);
      return body.data;
    },
    async requestPartial(document, ...[variables]) {
      const body = await post(document, variables);
      const errors: GraphQLErrorShape[] = body.errors ?? [];
      if (!body.data || errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')) throw fail(errors);
      return { data: body.data, errors };
    },
    subscribe(document, variables, onData, onError) {
      return sseClient().subscribe(
        { query: document.toString(), variables: variables as Record<string, unknown> },
        {
          next: (msg) => {
            // The server answers the document it was given, so the data has the document's shape.
            if (msg.data) onData(msg.data as Parameters<typeof onData>[0]);
            else if (msg.errors) onError?.(new GraphQLRequestError(msg.errors as unknown as GraphQLErrorShape[]));
          },
          error: (e) => onError?.(e),
          complete: () => undefined,
        },
      );
    },
    dispose() {
      sse?.dispose();
      sse = null;
    },
  };
}
