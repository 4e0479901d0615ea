/** The tasks table: its column spec, the row mappers derived from it, and every statement on it. */
export * from './task-types.ts';
export {
  CALL_COLUMNS,
  CALLBACK_COLUMNS,
  CONSULTATION_COLUMNS,
  KIND_COLUMNS,
  TASK_COLUMNS,
  type Column,
} from './columns.ts';
export {
  changesToRow,
  patchTask,
  taskFromRow,
  TaskFieldNotChangeableError,
  taskToRow,
  type TaskChanges,
  type TaskPatch,
} from './row-mappers.ts';
export * from './tasks-repo.ts';
export * from './task-queries.ts';
export * from './routing-queries.ts';
export * from './queue-figures.ts';
export * from './queue-counts.ts';
export * from './agent-loads.ts';
export * from './work-of.ts';
export * from './reservation-with-task.ts';
export * from './task-pruning.ts';
export * from './task-erasure.ts';
