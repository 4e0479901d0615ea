import { lintBpmn } from './lint-bpmn.ts';
import { normalizeModel } from './normalize.ts';
import { pruneForRuntime } from './prune.ts';
import { parseBpmn } from './parse-bpmn.ts';
import type { Problem } from './problem.ts';
import { eventKinds, flowElements, processes } from './walk.ts';

/** How a start event starts its process. */
export type StartKind = 'none' | 'message' | 'timer' | 'signal';

/** A start event of an executable process (timer values are read by the start-timer scheduler). */
export interface StartEventInfo {
  id: string;
  kind: StartKind;
  messageName?: string;
  signalName?: string;
  timer?: { timeDate?: string; timeCycle?: string; timeDuration?: string };
}

/** An executable process found in a file. */
export interface ProcessInfo {
  id: string;
  name: string | null;
  isExecutable: boolean;
  startEvents: StartEventInfo[];
  /** Ids of its user tasks, sub-processes included. */
  userTasks: string[];
}

/** Outcome of validation: every problem found, or the parsed model ready to deploy. */
export type ValidationResult =
  | { ok: true; definitions: any; moddleContext: any; processes: ProcessInfo[]; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const KIND: Record<string, StartKind> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:SignalEventDefinition': 'signal',
};

const body = (expression: any): string | undefined => expression?.body?.trim();

function describeStart(s: any): StartEventInfo {
  const kind = KIND[eventKinds(s)[0]] ?? 'none';
  const def = s.eventDefinitions?.[0];
  const info: StartEventInfo = { id: s.id, kind };
  if (kind === 'message' && def.messageRef?.name) info.messageName = def.messageRef.name;
  if (kind === 'signal' && def.signalRef?.name) info.signalName = def.signalRef.name;
  if (kind === 'timer')
    info.timer = { timeDate: body(def.timeDate), timeCycle: body(def.timeCycle), timeDuration: body(def.timeDuration) };
  return info;
}

function describe(p: any): ProcessInfo {
  // Only the process's own start events: those of sub-processes are not entry points.
  const starts = (p.flowElements ?? []).filter((e: any) => e.$type === 'bpmn:StartEvent');
  return {
    id: p.id,
    name: p.name ?? null,
    isExecutable: Boolean(p.isExecutable),
    startEvents: starts.map(describeStart),
    userTasks: flowElements(p)
      .filter((e) => e.$type === 'bpmn:UserTask')
      .map((e) => e.id),
  };
}

const errorsFirst = (a: Problem, b: Problem) => (a.category === b.category ? 0 : a.category === 'error' ? -1 : 1);

/**
 * Parses and lints a BPMN file for deployment, reporting every problem (not just the first): on
 * failure `problems` holds the errors, then the warnings. On success the model is normalized for the
 * runtime (see normalize.ts) and `processes` describes each executable process.
 */
export async function validateBpmn(
  xml: string,
  options: { maxBytes: number; allowScripts: boolean },
): Promise<ValidationResult> {
  const parsed = await parseBpmn(xml, options);
  if (!parsed.ok) return parsed;
  const findings = [...parsed.warnings, ...(await lintBpmn(parsed.definitions, options))].sort(errorsFirst);
  if (findings.some((f) => f.category === 'error')) return { ok: false, problems: findings };
  normalizeModel(parsed.definitions);
  pruneForRuntime(parsed.definitions);
  const executable = processes(parsed.definitions).filter((p) => p.isExecutable);
  return {
    ok: true,
    definitions: parsed.definitions,
    moddleContext: parsed.moddleContext,
    processes: executable.map(describe),
    warnings: findings,
  };
}
