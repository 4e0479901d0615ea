import { GraphQLError } from 'graphql';
import type { ErrorCode } from '../../engine/index.ts';

/**
 * Codes of the refusals this folder produces. They live in the API layer (not engine/core/errors) because
 * only GraphQL operations have them; docs/api.md lists them with the other codes.
 */
export const LimitCode = {
  /** Refused before execution: depth, aliases, tokens, directives, introspection shape or estimated cost. */
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  /** Aborted while running: too many objects or bytes in the result. */
  RESULT_TOO_LARGE: 'RESULT_TOO_LARGE',
  /** Aborted while running: the query took longer than allowed. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
  /** Too many requests from one user (or anonymous client address) this minute. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The user already holds the allowed number of open subscriptions. */
  TOO_MANY_SUBSCRIPTIONS: 'TOO_MANY_SUBSCRIPTIONS',
} as const;
export type LimitCode = (typeof LimitCode)[keyof typeof LimitCode];

/** Which limit of QUERY_TOO_COMPLEX, RESULT_TOO_LARGE or QUERY_TIMEOUT was crossed (`extensions.limit`). */
export type LimitName =
  'depth' | 'aliases' | 'tokens' | 'directives' | 'introspection' | 'cost' | 'objects' | 'bytes' | 'time';

/** A refusal as clients see it: a GraphQL error without a path, its code and figures in `extensions`. */
export function refusal(
  code: LimitCode | ErrorCode,
  message: string,
  fields: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...fields } });
}

/** QUERY_TOO_COMPLEX for one static limit; `found` is left out where counting stopped early (tokens). */
export function tooComplex(limit: LimitName, max: number, found?: number): GraphQLError {
  const what = found === undefined ? `more than ${max}` : `${found}, at most ${max}`;
  return refusal(LimitCode.QUERY_TOO_COMPLEX, `operation refused: ${limit} ${what} (see docs/api.md, Limits)`, {
    limit,
    max,
    ...(found === undefined ? {} : { found }),
  });
}
