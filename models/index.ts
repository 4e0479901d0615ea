/** Persistence: every SQL statement of Crossdesk lives in this folder. */
export * from './db.ts';
export * from './users-repo.ts';
export * from './definitions-repo.ts';
export * from './instances-repo.ts';
export * from './tasks-repo.ts';
export * from './task-queries.ts';
export * from './history-repo.ts';
export * from './jobs-repo.ts';
export * from './subscriptions-repo.ts';
export * from './job-claims.ts';
export * from './buffered-messages-repo.ts';
export * from './customers-repo.ts';
export * from './interactions-repo.ts';
export * from './classification-rules-repo.ts';
export * from './intake-forms-repo.ts';
