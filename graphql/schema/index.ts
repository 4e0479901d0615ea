import { readdirSync, readFileSync } from 'node:fs';
import { createSchema } from 'graphql-yoga';
import type Koa from 'koa';
import { resolvers } from '../resolvers/index.ts';

// One SDL file per noun (tasks, instances, routing...); root.graphql declares the root types, and the
// others extend them. graphql/resolvers/ holds a module of the same name for each file.
const schemaDir = new URL('./', import.meta.url);

/** The SDL files, in name order. */
export const typeDefs: string[] = readdirSync(schemaDir)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(new URL(file, schemaDir), 'utf8'));

/** The executable schema: every SDL file with its resolvers. */
export function makeSchema() {
  return createSchema<Koa.ParameterizedContext>({ typeDefs, resolvers: resolvers as any });
}
