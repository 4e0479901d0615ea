import { createRequire } from 'node:module';
import { BPMNLINT_CONFIG } from '../../../bpmn-shared/index.ts';
import type { Problem } from './problem.ts';
import { snapshotTree } from './tree-snapshot.ts';
import { flowElements, processes } from './walk.ts';

// bpmnlint 11 is CommonJS, and resolves `bpmnlint:recommended` and its rules through a require.
const require = createRequire(import.meta.url);
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

// The rule list (bpmnlint's `recommended` with Crossdesk's changes, and why) is shared with the web
// modeler: bpmn-shared/lint-rules.ts.
export { BPMNLINT_CONFIG };

/**
 * Modelers write each node's `<incoming>`/`<outgoing>` references; hand-written models usually leave
 * them out, and the engine follows the sequence flows either way. bpmnlint reads only the references,
 * so they are derived from the flows first (undone after linting, see tree-snapshot.ts).
 */
function linkFlows(container: any): void {
  for (const el of container?.flowElements ?? []) {
    if (el.$type === 'bpmn:SequenceFlow') {
      const { sourceRef: source, targetRef: target } = el;
      if (source && !(source.outgoing ??= []).includes(el)) source.outgoing.push(el);
      if (target && !(target.incoming ??= []).includes(el)) target.incoming.push(el);
    }
    if (el.flowElements) linkFlows(el);
  }
}

type Report = { id?: string; message: string; category: string };

/**
 * Ids of non-executable processes and everything in them. Every finding there is a warning: such pools
 * (the customer's side of a collaboration) are documentation, often drawn without start or end events,
 * and never run.
 */
function documentationOnly(definitions: any): Set<string> {
  const ids = new Set<string>();
  for (const p of processes(definitions).filter((e) => !e.isExecutable)) {
    for (const el of [p, ...flowElements(p), ...(p.artifacts ?? [])]) if (el.id) ids.add(el.id);
  }
  return ids;
}

function toProblem(rule: string, r: Report, fallbackId: string, documentation: Set<string>): Problem {
  const elementId = r.id ?? fallbackId;
  // `rule-error` is a rule that crashed: the model could not be checked, so it is not deployed.
  const severe = (r.category === 'error' || r.category === 'rule-error') && !documentation.has(elementId);
  return { elementId, rule, message: r.message, category: severe ? 'error' : 'warn' };
}

/**
 * Runs bpmnlint over a moddle root and leaves the tree as it was. A new Linter each call: a reused
 * one keeps rule state (`no-duplicate-sequence-flows` then reports flows of earlier files).
 */
export async function runBpmnlint(definitions: any): Promise<Problem[]> {
  const restore = snapshotTree(definitions);
  try {
    for (const root of definitions.rootElements ?? []) if (root.$type === 'bpmn:Process') linkFlows(root);
    const linter = new Linter({ config: BPMNLINT_CONFIG, resolver: new NodeResolver({ require }) });
    const results: Record<string, Report[]> = await linter.lint(definitions);
    const documentation = documentationOnly(definitions);
    return Object.entries(results).flatMap(([rule, reports]) =>
      reports.map((r) => toProblem(rule, r, definitions.id ?? 'definitions', documentation)),
    );
  } finally {
    restore();
  }
}
