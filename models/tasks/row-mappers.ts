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

function readFields(row: Row, spec: Entries, into: Row): Row {
  for (const [field, { column, codec }] of spec) into[field] = codec.read(row[column], row);
  return into;
}

/** A tasks row as a record: the sub-records of the task's kind filled, the others null. */
export function taskFromRow(row: any): TaskRecord {
  const task = readFields(row, TOP, {});
  for (const [name, kinds, spec] of KINDS)
    task[name] = kinds.includes(task.kind as string) ? readFields(row, spec, {}) : null;
  return task as unknown as TaskRecord;
}

/** A record as a tasks row (inserts): a missing sub-record writes its columns' absent values. */
export function taskToRow(task: TaskRecord): Row {
  const row: Row = {};
  const source = task as unknown as Row;
  for (const [field, { column, codec }] of TOP) row[column] = codec.write(source[field]);
  for (const [name, , spec] of KINDS) {
    const sub = source[name] as Row | null;
    for (const [field, { column, codec, absent }] of spec) row[column] = sub ? codec.write(sub[field]) : absent;
  }
  return row;
}

function writeChanges(changes: Row, spec: Record<string, Column<any>>, into: Row): void {
  for (const [field, value] of Object.entries(changes)) {
    if (value === undefined) continue;
    const column = spec[field];
    if (!column?.mutable) throw new Error(`tasks: ${field} is not a field commands may change`);
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
