import { readForbidden, type TaskRecord } from '../../engine/index.ts';
import type { GraphQLContext } from '../context.ts';
import { actorOf } from './guard.ts';

// Fields that carry customer data (case variables, task output, who a call is with) resolve to null
// with FORBIDDEN for a caller outside the read rules (engine/intake/customers/read-rules.ts, docs/api.md);
// the rest of the object stays readable.

export async function requireTaskData(ctx: GraphQLContext, task: TaskRecord): Promise<void> {
  const actor = actorOf(ctx);
  if (!(await ctx.loaders.readableTasks.load(task.id))) throw readForbidden(actor, `the data of task ${task.id}`);
}

export async function requireCaseData(ctx: GraphQLContext, instanceId: string): Promise<void> {
  const actor = actorOf(ctx);
  if (!(await ctx.loaders.readableCases.load(instanceId)))
    throw readForbidden(actor, `the data of process instance ${instanceId}`);
}
