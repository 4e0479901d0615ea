import type { Codec } from './codecs.ts';
import { CALL_COLUMNS, CALLBACK_COLUMNS, KIND_COLUMNS, TASK_COLUMNS, type Column } from './columns.ts';
import type { CallbackFields, CallFields, TaskBase, TaskRecord } from './task-types.ts';

type Row = Record<string, unknown>;
type Entries = readonly (readonly [field: string, column: Column<any>])[];

type MutableKeys<S> = { [K in keyof S]: S[K] extends { mutable: true } ? K : never }[keyof S];
type Changes<R, S> = { [K in MutableKeys<S> & keyof R]?: R[K] };

/**
 * The task fields that commands change after creation (those the column spec marks mutable), with the
 * changed fields of a sub-record nested under its name. A field not listed is refused by the compiler.
 */
export type TaskChanges = Changes<TaskBase, typeof TASK_COLUMNS> & {
  call?: Changes<CallFields, typeof CALL_COLUMNS>;
  callback?: Changes<CallbackFields, typeof CALLBACK_COLUMNS>;
};

const entries = (spec: Record<string, Column<any>>): Entries => Object.entries(spec);
const TOP = entries(TASK_COLUMNS);
const KINDS = Object.entries(KIND_COLUMNS).map(
  ([name, sub]) => [name, sub.kinds as readonly string[], entries(sub.columns)] as const,
);
const SUB_ENTRIES: Record<string, Entries> = Object.fromEntries(KINDS.map(([name, , cols]) => [name, cols]));

/**
 * The row mappers are compiled from the spec once, at load, into one object literal each, as a
 * hand-written mapper would be: a loop over the spec measured 3x slower per row (about 4.5 against
 * 1.5 microseconds), and the router reads every waiting task at start-up. Only the spec's own field
 * and column names (JSON-quoted) and codec indexes go into the source.
 */
function compile<F>(body: (codec: (c: Codec<any>) => string) => string): F {
  const codecs: Codec<any>[] = [];
  const codec = (c: Codec<any>) => `c[${codecs.push(c) - 1}]`;
  const source = body(codec);
  return new Function('c', `"use strict"; return ${source};`)(codecs) as F;
}

const q = (name: string) => JSON.stringify(name);
const KIND_COLUMN = q(TASK_COLUMNS.kind.column);

/** A tasks row as a record: the sub-records of the task's kind filled, the others null. */
export const taskFromRow: (row: any) => TaskRecord = compile((codec) => {
  const read = (spec: Entries) =>
    spec.map(([field, c]) => `${q(field)}: ${codec(c.codec)}.read(r[${q(c.column)}], r)`).join(', ');
  const subs = KINDS.map(
    ([name, kinds, spec]) =>
      `${q(name)}: (${kinds.map((k) => `r[${KIND_COLUMN}] === ${q(k)}`).join(' || ')}) ? { ${read(spec)} } : null`,
  );
  return `(r) => ({ ${read(TOP)}, ${subs.join(', ')} })`;
});

/** A record as a tasks row (inserts): a missing sub-record writes its columns' absent values. */
export const taskToRow: (task: TaskRecord) => Row = compile((codec) => {
  const top = TOP.map(([field, c]) => `${q(c.column)}: ${codec(c.codec)}.write(t[${q(field)}])`);
  const subs = KINDS.flatMap(([name, , spec]) =>
    spec.map(
      ([field, c]) =>
        `${q(c.column)}: t[${q(name)}] ? ${codec(c.codec)}.write(t[${q(name)}][${q(field)}]) : ${JSON.stringify(c.absent)}`,
    ),
  );
  return `(t) => ({ ${[...top, ...subs].join(', ')} })`;
});

/**
 * A change names a field commands may not change (the compiler refuses it first; this guards casts).
 * A programming error, so the API masks it as an internal one.
 */
export class TaskFieldNotChangeableError extends Error {
  readonly code = 'TASK_FIELD_NOT_CHANGEABLE';
  constructor(readonly field: string) {
    super(`tasks: ${field} is not a field commands may change`);
    this.name = 'TaskFieldNotChangeableError';
  }
}

function writeChanges(changes: Row, spec: Record<string, Column<any>>, into: Row): void {
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const column = spec[field];
    if (!column?.mutable) throw new TaskFieldNotChangeableError(field);
    into[column.column] = column.codec.write(value);
  }
}

/** Columns for some of the common fields, whether or not commands may change them (this folder's own statements). */
export function baseToRow(fields: Partial<TaskBase>): Row {
  const row: Row = {};
  for (const [field, value] of Object.entries(fields)) {
    const { column, codec } = TASK_COLUMNS[field as keyof TaskBase];
    row[column] = codec.write(value as never);
  }
  return row;
}

/** The columns to SET for a partial change: only the fields given (undefined ones are skipped). */
export function changesToRow(changes: TaskChanges): Row {
  const row: Row = {};
  const { call, callback, ...top } = changes;
  writeChanges(top, TASK_COLUMNS, row);
  if (call) writeChanges(call, CALL_COLUMNS, row);
  if (callback) writeChanges(callback, CALLBACK_COLUMNS, row);
  return row;
}

/** A record and some of its fields changed; a sub-record's changes merge into it (stores kept in memory). */
export type TaskPatch = Partial<Omit<TaskRecord, keyof typeof KIND_COLUMNS>> & {
  [K in keyof typeof KIND_COLUMNS]?: Partial<NonNullable<TaskRecord[K]>>;
};

/** The task with `patch` applied (a new object; the task is not changed). */
export function patchTask(task: TaskRecord, patch: TaskPatch): TaskRecord {
  const next = { ...task, ...patch } as Row;
  for (const name of Object.keys(SUB_ENTRIES)) {
    const changed = (patch as Row)[name];
    if (changed !== undefined) next[name] = { ...((task as unknown as Row)[name] as Row), ...(changed as Row) };
  }
  return next as unknown as TaskRecord;
}
