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
export * from './agents-repo.ts';
export * from './queues-repo.ts';
export * from './reservations-repo.ts';
export * from './cti-events-repo.ts';
export * from './routing-queries.ts';
