import { GraphQLError } from 'graphql';
import { CrossdeskError, type Logger } from '../engine/index.ts';

/** The GraphQL form of an expected failure: its code and fields go into `extensions`. */
export function toGraphQLError(err: CrossdeskError, path?: readonly (string | number)[]): GraphQLError {
  return new GraphQLError(err.message, { path, extensions: { code: err.code, ...err.fields } });
}

/**
 * yoga's error masking: expected failures (CrossdeskError, anywhere in the cause chain) reach clients
 * with their code; anything else is a bug, logged once here and masked as INTERNAL_SERVER_ERROR.
 */
export function makeMaskError(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (original instanceof CrossdeskError) return toGraphQLError(original, error instanceof GraphQLError ? error.path : undefined);
    if (original instanceof GraphQLError && original.extensions?.code) return original;
    if (error instanceof GraphQLError && !error.originalError) return error;
    logger.error('unexpected error in a GraphQL operation', { err: original instanceof Error ? original.stack : String(original) });
    return new GraphQLError(message, { path: error instanceof GraphQLError ? error.path : undefined, extensions: { code: 'INTERNAL_SERVER_ERROR' } });
  };
}
