/** Work items: user-task executions as tasks people claim and complete. */
export { completeTask } from './complete-task.ts';
export { throwTaskError, throwTaskEscalation, type TaskEventInput } from './task-events.ts';
export { getTask, queryTasks, taskHistory } from './queries.ts';
export { isCandidate, assertOpen, assertClaimable, assertAssignee } from './task-rules.ts';
export { fillDocumentation } from './documentation-text.ts';
