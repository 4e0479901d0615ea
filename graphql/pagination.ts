import { BadInputError } from '../engine/index.ts';

/** Page sizes of every connection: `first` defaults to 50 and may not exceed 200. */
export const PAGE_SIZE = { default: 50, max: 200 } as const;

/**
 * Offset and limit from Relay `first`/`after` (cursors are opaque offsets). `first` above the maximum
 * is refused rather than clamped, so a client never takes a short page for the end of the list.
 */
export function pageWindow(first?: number | null, after?: string | null): { offset: number; limit: number } {
  if (first !== undefined && first !== null && (first < 0 || !Number.isInteger(first)))
    throw new BadInputError('first must be a non-negative integer', { field: 'first' });
  if (first !== undefined && first !== null && first > PAGE_SIZE.max)
    throw new BadInputError(`first must be at most ${PAGE_SIZE.max}, got ${first}`, {
      field: 'first',
      max: PAGE_SIZE.max,
    });
  const limit = first ?? PAGE_SIZE.default;
  if (!after) return { offset: 0, limit };
  const decoded = /^o:(\d+)$/.exec(Buffer.from(after, 'base64url').toString());
  if (!decoded) throw new BadInputError('after is not a cursor from this API', { field: 'after' });
  return { offset: Number(decoded[1]) + 1, limit };
}

const cursorOf = (offset: number) => Buffer.from(`o:${offset}`).toString('base64url');

/** A Relay connection over one page of rows. */
export function connection<T>(rows: T[], total: number, offset: number) {
  const edges = rows.map((node, i) => ({ node, cursor: cursorOf(offset + i) }));
  return {
    edges,
    totalCount: total,
    pageInfo: {
      hasNextPage: offset + rows.length < total,
      hasPreviousPage: offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}
