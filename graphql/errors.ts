import { GraphQLError } from 'graphql';
import { CrossdeskError, isDatabaseUnavailable, type Logger } from '../engine/index.ts';

/** The GraphQL form of an expected failure: its code and fields go into `extensions`. */
export function toGraphQLError(err: CrossdeskError, at?: GraphQLError): GraphQLError {
  return new GraphQLError(err.message, {
    nodes: at?.nodes,
    path: at?.path,
    extensions: { code: err.code, ...err.fields },
  });
}

/** Seconds a client is told to wait before sending again a request the database outage refused. */
export const UNAVAILABLE_RETRY_SECONDS = 1;

/**
 * The database could not be reached (restart, fail-over, dropped connection): not a bug, and the same
 * request may succeed when sent again. HTTP 503 with Retry-After, code SERVICE_UNAVAILABLE.
 */
export function serviceUnavailable(at?: GraphQLError): GraphQLError {
  return new GraphQLError('the database is unreachable for the moment; send the request again', {
    nodes: at?.nodes,
    path: at?.path,
    extensions: {
      code: 'SERVICE_UNAVAILABLE',
      retryAfterSeconds: UNAVAILABLE_RETRY_SECONDS,
      http: { status: 503, headers: { 'retry-after': String(UNAVAILABLE_RETRY_SECONDS) } },
    },
  });
}

/**
 * yoga's error masking: expected failures (CrossdeskError) reach clients with their code and fields;
 * GraphQL's own errors (syntax, validation, input coercion) pass as they are; anything else is a
 * bug, logged once here and masked as INTERNAL_SERVER_ERROR so no internals leak, except a database out of
 * reach: SERVICE_UNAVAILABLE (HTTP 503), which clients retry.
 */
export function makeMaskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const at = error instanceof GraphQLError ? error : undefined;
    const original = at ? at.originalError : error;
    if (original instanceof CrossdeskError) return toGraphQLError(original, at);
    if (at && !original) return at;
    // A scalar refusing input (BAD_USER_INPUT) wrapped by graphql-js: its message says where, ours what.
    if (at && original instanceof GraphQLError && original.extensions?.code) {
      return new GraphQLError(at.message, {
        nodes: at.nodes,
        path: at.path,
        extensions: { ...at.extensions, ...original.extensions },
      });
    }
    // graphql-js coercing a variable (`Variable "$s" got invalid value ...`): a built-in scalar or an
    // enum refused the value, or an input object has an unknown field. No resolver ran (no path).
    if (at && !at.path && original instanceof GraphQLError) {
      return new GraphQLError(at.message, {
        nodes: at.nodes,
        extensions: { ...at.extensions, code: 'BAD_USER_INPUT' },
      });
    }
    if (isDatabaseUnavailable(original)) {
      logger.warn('database unreachable during a GraphQL operation', { err: String(original) });
      return serviceUnavailable(at);
    }
    logger.error('unexpected error in a GraphQL operation', {
      err: original instanceof Error ? original.stack : String(original),
    });
    return new GraphQLError(message, {
      nodes: at?.nodes,
      path: at?.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
  };
}
