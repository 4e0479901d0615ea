import { addIsoDuration } from '../../core/clock/index.ts';
import { evaluateExpression, isExpression } from '../../core/expressions/index.ts';
import { BadInputError } from '../../core/errors/index.ts';
import { Channel, type SkillRequirement } from '../../../models/index.ts';

type Vars = Record<string, unknown>;

/** Resolves an attribute that may hold an expression (`${...}`, `#{...}`, `=FEEL`). */
export function resolve(value: unknown, vars: Vars): unknown {
  if (typeof value !== 'string') return value;
  return isExpression(value) ? evaluateExpression(value, vars) : value;
}

/** A comma-separated list (or an array from an expression) as trimmed, non-empty strings. */
export function toList(value: unknown): string[] {
  if (value === null || value === undefined || value === '') return [];
  const items = Array.isArray(value) ? value : String(value).split(',');
  return [...new Set(items.map((v) => String(v).trim()).filter(Boolean))];
}

/** A point in time from a Date, an ISO date-time, epoch ms, or an ISO duration counted from `now`. */
export function toInstant(value: unknown, now: number, field: string): number | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.getTime();
  if (typeof value === 'number') return value;
  const text = String(value).trim();
  const relative = addIsoDuration(now, text);
  if (relative !== null) return relative;
  const parsed = Date.parse(text);
  if (Number.isNaN(parsed))
    throw new BadInputError(`${field} "${text}" is neither an ISO-8601 date-time nor a duration`, { field });
  return parsed;
}

/** An integer within bounds, or the fallback when absent. */
export function toInt(value: unknown, fallback: number, min: number, max: number, field: string): number {
  if (value === null || value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n)) throw new BadInputError(`${field} must be a number, got "${String(value)}"`, { field });
  return Math.min(max, Math.max(min, Math.round(n)));
}

/** Parses `billing:3 spanish:2` (space or comma separated; a skill without level means level 1). */
export function toSkills(value: unknown): SkillRequirement[] {
  const parsed = Array.isArray(value)
    ? value.map((s: any) => ({ name: String(s.name), level: Number(s.level ?? 1) }))
    : parseSkills(value);
  // A skill named twice counts once, at its highest level.
  const byName = new Map<string, SkillRequirement>();
  for (const s of parsed) if ((byName.get(s.name)?.level ?? -1) < s.level) byName.set(s.name, s);
  return [...byName.values()];
}

function parseSkills(value: unknown): SkillRequirement[] {
  return String(value ?? '')
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((token) => {
      const [name, level] = token.split(':');
      return { name, level: level === undefined ? 1 : Number(level) };
    });
}

/** A channel name, BACKOFFICE unless the model says otherwise. */
export function toChannel(value: unknown): Channel {
  const text = String(value ?? '').toUpperCase();
  return (Object.values(Channel) as string[]).includes(text) ? (text as Channel) : Channel.BACKOFFICE;
}

/** `true`/`false` attribute values. */
export function toBool(value: unknown): boolean {
  return value === true || String(value).toLowerCase() === 'true';
}
