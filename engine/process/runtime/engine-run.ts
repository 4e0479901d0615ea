import { Engine } from 'bpmn-engine';
import type { HistoryRecord } from '../../../models/index.ts';
import type { EngineContext } from '../../core/context/index.ts';
import { makeBpmnExpressions } from '../../core/expressions/index.ts';
import { ProcessFailedError } from '../../core/errors/index.ts';
import { makeRecordingTimers, type RequestedTimer } from './recording-timers.ts';
import { makeExternalWorkExtension } from './external-work.ts';
import { makeRunCollector, type RunCollector, type WaitInfo } from './run-collector.ts';

/** What one settled engine run leaves behind, ready to be persisted. */
export interface RunOutcome {
  completed: boolean;
  engineState: unknown;
  variables: Record<string, unknown>;
  activeElementIds: string[];
  waits: WaitInfo[];
  timers: RequestedTimer[];
  /** Element history of the run (actor fields are the command's to fill in). */
  history: HistoryRecord[];
}

/** A live bpmn-engine for the span of one command. */
export interface EngineRun {
  readonly engine: any;
  readonly collector: RunCollector;
  /**
   * The root process's environment: where variables live for the whole instance. Completion
   * variables go here even for a task inside a sub-process, as Camunda sets them on the instance.
   */
  rootEnvironment(): any;
  /** Fires the armed timer of an execution (the scheduler found its job due). False if none is armed. */
  fireTimer(executionId: string): boolean;
  /** The timers armed right now. */
  armedTimers(): RequestedTimer[];
  /** Lets the run finish what the last action set off and reports the outcome. */
  settle(): Promise<RunOutcome>;
  /**
   * Readies a settled run (kept live by hot-engines.ts) for the next command: that command's clock,
   * fresh history; waits and armed timers carry over as a recover would re-announce them.
   */
  reuse(ctx: Pick<EngineContext, 'clock'>): EngineRun;
  /** Elements and flows of the model, for the cache's size estimate. */
  elementCount(): number;
}

// bpmn-elements copies its own run message into the process variables; they are not the user's.
const ENGINE_VARIABLES = new Set(['fields', 'content', 'properties']);

/**
 * Scripts stay refused at run time too when disabled (defence beside the deploy-time lint). The refusal
 * is a script that fails when executed, so the engine reports it through its normal error path;
 * throwing from getScript would stall the run silently. Conditions without a script language are
 * expressions, not scripts, and get no script.
 */
const NO_SCRIPTS = {
  register() {},
  getScript(language: string | undefined, activity: { id: string; type: string }) {
    if (!language && activity.type === 'bpmn:SequenceFlow') return undefined;
    return {
      execute(_context: unknown, callback: (err: Error) => void) {
        callback(
          new ProcessFailedError(
            `scripts are disabled (CROSSDESK_ALLOW_SCRIPTS); ${activity.id} needs a ${language ?? 'script'} script`,
            { elementId: activity.id },
          ),
        );
      },
    };
  },
};

// bpmn-engine's default Logger builds `debug` loggers (probing the terminal) for every element of
// every engine; a command builds a fresh engine, so that probing cost more than some elements' work.
const CONNECTIONS = /SequenceFlow$|MessageFlow$|Association$/;
const noop = () => undefined;
const SILENT = { debug: noop, error: noop, warn: noop };
const silentLogger = () => SILENT;

function userVariables(environment: any): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(environment?.variables ?? {})) if (!ENGINE_VARIABLES.has(k)) out[k] = v;
  return out;
}

function stripSources(state: any) {
  for (const def of state?.definitions ?? []) delete def.source;
  return state;
}

function makeRun(ctx: EngineContext, instanceId: string, sourceContext: unknown): EngineRun {
  let clock: Pick<EngineContext, 'clock'>['clock'] = ctx.clock;
  const now = () => clock.now();
  const recording = makeRecordingTimers(now);
  const collector = makeRunCollector(instanceId, now);
  const engine = new Engine({
    name: instanceId,
    sourceContext: sourceContext as any,
    expressions: makeBpmnExpressions({ patterns: ctx.options.patterns }),
    timers: recording.timers as any,
    Logger: silentLogger,
    extensions: makeExternalWorkExtension(collector),
    ...(ctx.options.allowScripts ? {} : { scripts: NO_SCRIPTS as any }),
  } as any);
  let failure: unknown = null;
  let completed = false;
  engine.on('error', (err: unknown) => {
    failure = err;
  });
  engine.once('end', () => {
    completed = true;
  });
  const rootEnvironment = () => {
    const definition = engine.execution?.definitions?.[0];
    const process = definition?.getRunningProcesses?.()[0] ?? definition?.getProcesses?.()[0];
    return process?.environment ?? collector.environment();
  };
  const run: EngineRun = {
    engine,
    collector,
    rootEnvironment,
    fireTimer: (executionId) => recording.fire(executionId),
    armedTimers: () => recording.armed(),
    async settle() {
      // Everything the engine does in a command is synchronous (no in-memory timers, no async
      // services), but a microtask turn lets promise-based internals finish before the state is read.
      await new Promise((resolve) => setImmediate(resolve));
      if (failure) throw asProcessFailure(failure);
      const execution = engine.execution;
      // A completed instance keeps no engine state, so serializing it would be wasted work.
      const state = completed ? null : stripSources(await engine.getState());
      const waits = [...collector.waits.values()];
      // Flow nodes only: a token held on a sequence flow (its target still busy) is no active element.
      const postponed: string[] = completed
        ? []
        : (execution?.getPostponed() ?? []).filter((a: any) => !CONNECTIONS.test(a.type)).map((a: any) => a.id);
      return {
        completed,
        engineState: state,
        variables: userVariables(rootEnvironment()),
        // Sorted: the engine's order is that of its last recover, which a live engine (hot-engines.ts) never had.
        activeElementIds: [...new Set([...postponed, ...waits.map((w) => w.elementId)])].sort(),
        waits: completed ? [] : waits,
        timers: completed ? [] : recording.armed(),
        history: collector.history,
      };
    },
    reuse(next) {
      clock = next.clock;
      failure = null;
      collector.reset();
      return run;
    },
    elementCount() {
      const source = sourceContext as any;
      return (source?.getActivities?.()?.length ?? 0) + (source?.getSequenceFlows?.()?.length ?? 0);
    },
  };
  return run;
}

function asProcessFailure(err: unknown): Error {
  if (err instanceof ProcessFailedError) return err;
  const inner = (err as any)?.inner ?? err;
  if (
    inner instanceof Error &&
    'code' in inner &&
    typeof (inner as any).code === 'string' &&
    (inner as any).code !== 'ERR_'
  )
    return inner;
  const message = inner instanceof Error ? inner.message : String(inner);
  return new ProcessFailedError(`the process failed: ${message}`, {
    elementId: (err as any)?.source?.content?.id ?? null,
  });
}

/** Starts a new instance of a definition and runs it until everything waits or it ends. */
export async function startRun(
  ctx: EngineContext,
  instanceId: string,
  sourceContext: unknown,
  variables: Record<string, unknown>,
): Promise<EngineRun> {
  const run = makeRun(ctx, instanceId, sourceContext);
  run.collector.startRecording();
  await run.engine.execute({ listener: run.collector.listener, variables });
  return run;
}

/** Recovers a stored instance (with the cached source, the state holds none) and resumes it. */
export async function resumeRun(
  ctx: EngineContext,
  instanceId: string,
  sourceContext: unknown,
  engineState: unknown,
): Promise<EngineRun> {
  const run = makeRun(ctx, instanceId, sourceContext);
  run.engine.recover(engineState);
  await run.engine.resume({ listener: run.collector.listener });
  run.collector.startRecording();
  return run;
}
