import { runBpmnlint } from './bpmnlint.ts';
import { runCrossdeskRules } from './crossdesk-rules.ts';
import { parseBpmn } from './parse-bpmn.ts';
import { normalizeModel } from './normalize.ts';
import type { Problem } from './problem.ts';
import { eventKinds, flowElements, processes } from './walk.ts';

/** An executable process found in a file. */
export interface ProcessInfo {
  id: string;
  name: string | null;
  isExecutable: boolean;
  startEvents: { id: string; kind: 'none' | 'message' | 'timer' | 'signal'; messageName?: string; signalName?: string; timer?: { timeDate?: string; timeCycle?: string; timeDuration?: string } }[];
  userTasks: string[];
}

/** Outcome of validation: every problem found, or the parsed model ready to deploy. */
export type ValidationResult =
  | { ok: true; definitions: any; moddleContext: any; processes: ProcessInfo[]; warnings: Problem[] }
  | { ok: false; problems: Problem[] };

const KIND: Record<string, ProcessInfo['startEvents'][number]['kind']> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:SignalEventDefinition': 'signal',
};

function describe(p: any): ProcessInfo {
  const starts = (p.flowElements ?? []).filter((e: any) => e.$type === 'bpmn:StartEvent');
  return {
    id: p.id,
    name: p.name ?? null,
    isExecutable: Boolean(p.isExecutable),
    startEvents: starts.map((s: any) => {
      const kind = KIND[eventKinds(s)[0]] ?? 'none';
      const messageName = kind === 'message' ? s.eventDefinitions[0].messageRef?.name : undefined;
      const signalName = kind === 'signal' ? s.eventDefinitions[0].signalRef?.name : undefined;
      const def = s.eventDefinitions?.[0];
      const timer = kind === 'timer' ? { timeDate: def.timeDate?.body?.trim(), timeCycle: def.timeCycle?.body?.trim(), timeDuration: def.timeDuration?.body?.trim() } : undefined;
      return { id: s.id, kind, ...(messageName ? { messageName } : {}), ...(signalName ? { signalName } : {}), ...(timer ? { timer } : {}) };
    }),
    userTasks: flowElements(p).filter((e) => e.$type === 'bpmn:UserTask').map((e) => e.id),
  };
}

/** Parses and lints a BPMN file for deployment, reporting every problem (not just the first). */
export async function validateBpmn(xml: string, options: { maxBytes: number; allowScripts: boolean }): Promise<ValidationResult> {
  const parsed = await parseBpmn(xml, options);
  if (!parsed.ok) return parsed;
  const findings = [...parsed.warnings, ...(await runBpmnlint(parsed.definitions)), ...runCrossdeskRules(parsed.definitions, options)];
  const problems = findings.filter((f) => f.category === 'error');
  if (problems.length) return { ok: false, problems };
  // Linting leaves marks on the moddle tree that change how bpmn-engine runs it (a linted tree's start
  // event never completes), so the engine gets a tree from a fresh parse.
  const fresh = await parseBpmn(xml, options);
  if (!fresh.ok) return fresh;
  normalizeModel(fresh.definitions);
  return { ok: true, definitions: fresh.definitions, moddleContext: fresh.moddleContext, processes: processes(fresh.definitions).map(describe), warnings: findings };
}
