import type { GraphQLErrorShape } from './graphql-client.ts';

/**
 * Sorts the errors of a partial answer: FORBIDDEN ones mean data the viewer may not read (the read
 * rules of customer data: the fields come back null and the page says so); any other error is shown.
 */
export function readErrors(errors: readonly GraphQLErrorShape[]): { restricted: boolean; message: string } {
  const other = errors.filter((e) => e.extensions?.code !== 'FORBIDDEN');
  return {
    restricted: other.length < errors.length,
    message: [...new Set(other.map((e) => e.message))].join('; '),
  };
}
