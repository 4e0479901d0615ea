// A record pointing at a row that does not exist is a bug (rows are never deleted), not user error.
export const must = <T>(value: T | null, what: string): T => {
  if (value === null) throw new Error(`${what} is missing`);
  return value;
};
