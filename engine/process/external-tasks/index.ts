/** Service tasks done by outside workers over the API, and incidents when work keeps failing. */
export { fetchAndLockExternalTasks, type FetchAndLockInput, type LockedExternalTask } from './fetch-and-lock.ts';
export { completeExternalTask, failExternalTask, retryIncident, type FailExternalInput } from './complete-and-fail.ts';
export { listIncidents } from './incidents.ts';
