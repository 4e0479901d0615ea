/** Retention: the tables pruned by age (a registry reporting tables extend) and the statements that prune. */
export * from './registry.ts';
export * from './prune-repo.ts';
