import { fromJson } from '../db.ts';

/** How one field is read from its column and written back. */
export interface Codec<T> {
  read(value: unknown, row: Record<string, unknown>): T;
  write(value: T): unknown;
}

const same = (value: unknown) => value;
const toNumber = (value: unknown) => (value === null || value === undefined ? null : Number(value));

/** Text as stored (NOT NULL). */
export const text = <T extends string = string>(): Codec<T> => ({ read: (v) => v as T, write: same });

/** Text or null. */
export const nullableText = <T extends string = string>(): Codec<T | null> => ({
  read: (v) => (v ?? null) as T | null,
  write: same,
});

/** A number (pg hands some back as strings). */
export const number: Codec<number> = { read: (v) => Number(v), write: same };

/** A number or null. */
export const nullableNumber: Codec<number | null> = { read: toNumber, write: same };

/** A boolean (SQLite stores 0/1). */
export const bool: Codec<boolean> = { read: (v) => Boolean(v), write: same };

/** A JSON text column; `fallback` when it is NULL. */
export const json = <T>(fallback: T): Codec<T> => ({
  read: (v) => fromJson(v, fallback),
  write: (v) => (v === null ? null : JSON.stringify(v)),
});

/** A number that falls back to another column of the row when NULL. */
export const numberOr = (column: string): Codec<number> => ({
  read: (v, row) => Number(v ?? row[column]),
  write: same,
});

/** A list of ids stored as `,a,b,` (NULL: no restriction), so that `LIKE '%,a,%'` tests membership on both databases. */
export const idSet: Codec<string[] | null> = {
  read: (v) => (v === null || v === undefined ? null : String(v).split(',').filter(Boolean)),
  write: (v) => (v === null ? null : `,${v.join(',')},`),
};
