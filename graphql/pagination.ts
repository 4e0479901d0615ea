import { BadInputError } from '../engine/index.ts';

const MAX_PAGE = 200;
const DEFAULT_PAGE = 50;

/** Offset and limit from Relay `first`/`after` (cursors are opaque offsets). */
export function pageWindow(first?: number | null, after?: string | null): { offset: number; limit: number } {
  if (first !== undefined && first !== null && (first < 0 || !Number.isInteger(first)))
    throw new BadInputError('first must be a non-negative integer', { field: 'first' });
  const limit = Math.min(first ?? DEFAULT_PAGE, MAX_PAGE);
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
