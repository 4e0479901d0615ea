/** Parsers of single setting values: each names the variable when it refuses a value. */
import type { DatabaseConfig } from './types.ts';

/** An invalid setting; its message names the variable and what it accepts (one line, for start-up). */
export class ConfigError extends Error {}

export type Env = Readonly<Record<string, string | undefined>>;

/** Turns a `DATABASE_URL` value into a database config (`postgres://`, `sqlite:PATH`, a path, `:memory:`). */
export function parseDatabaseUrl(url: string | undefined): DatabaseConfig {
  const value = url?.trim() || './data/crossdesk.sqlite';
  if (/^postgres(ql)?:\/\//.test(value)) return { client: 'pg', connectionString: value };
  return { client: 'sqlite', filename: value.replace(/^sqlite:(\/\/)?/, '') };
}

export function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value)) return true;
  if (/^(0|false|no|off)$/i.test(value)) return false;
  throw new ConfigError(`${name} must be true or false, got "${value}"`);
}

export function parsePort(name: string, value: string | undefined): number | undefined {
  if (value === undefined || value === '') return undefined;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`${name} must be a port number (0-65535), got "${value}"`);
  return port;
}

export function parseCount(name: string, value: string | undefined, min = 1): number | undefined {
  if (value === undefined || value === '') return undefined;
  const count = Number(value);
  if (!/^\s*\d+\s*$/.test(value) || !Number.isSafeInteger(count) || count < min)
    throw new ConfigError(
      `${name} must be ${min === 0 ? 'a whole number, 0 or more' : 'a positive whole number'}, got "${value}"`,
    );
  return count;
}

export function parseBounded(name: string, value: string | undefined, min: number, max: number): number | undefined {
  const n = parseCount(name, value);
  if (n !== undefined && (n < min || n > max)) throw new ConfigError(`${name} must be ${min}-${max}, got "${value}"`);
  return n;
}

/** A comma-separated list of 1-50 reasons of 1-100 characters each; default break, lunch, training, meeting, coaching. */
export function parsePresenceReasons(value: string | undefined): readonly string[] {
  if (!value) return ['break', 'lunch', 'training', 'meeting', 'coaching'];
  const reasons = [
    ...new Set(
      value
        .split(',')
        .map((r) => r.trim())
        .filter(Boolean),
    ),
  ];
  if (reasons.length === 0 || reasons.length > 50 || reasons.some((r) => r.length > 100))
    throw new ConfigError(
      `CROSSDESK_PRESENCE_REASONS must list 1-50 reasons of at most 100 characters, got "${value}"`,
    );
  return reasons;
}
