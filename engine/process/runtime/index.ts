/** Running process instances durably: one recovered engine per command, nothing live in between. */
export {
  runInstanceCommand,
  LostRace,
  type CommandPlan,
  type CommandAct,
  type RemoteCommand,
} from './instance-command.ts';
export { runInstanceCommands, type BatchCommand, type BatchOutcome } from './instance-batch.ts';
export { enginePoolOf, makeEnginePool, threadIndex, type EnginePool, type PoolResult } from './engine-pool.ts';
export type { RemoteAction } from './remote-run.ts';
export { startRun, resumeRun, type EngineRun, type RunOutcome } from './engine-run.ts';
export { persistOutcome, summarize, NO_WAITS, type PersistedEffects } from './persist-outcome.ts';
export { publishEffects } from './publish.ts';
export { makeSourceCache, type SourceCache } from './source-cache.ts';
export { WaitKind, type WaitInfo } from './run-collector.ts';
export { consumeBufferedMessages, deleteConsumed } from './consume-buffered.ts';
export { correlationKeyOf } from './correlation-key.ts';
export { taskFromWait } from './task-from-wait.ts';
export { newTask, type NewTaskFields } from './new-task.ts';
export { makeHotEngines, hotEnginesOf, type HotEngines, type HotEngineStats } from './hot-engines.ts';
export { engineCacheFigures, type EngineCacheFigures } from './engine-cache-figures.ts';
