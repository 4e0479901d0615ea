import { createRequire } from 'node:module';
import type { Problem } from './problem.ts';

const require = createRequire(import.meta.url);
const Linter = require('bpmnlint/lib/linter');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

/**
 * bpmnlint's recommended rules, with those that judge diagram style rather than executability turned
 * into warnings: models deployed over the API often have no diagram (no-bpmndi) or labels
 * (label-required), and the engine runs implicit splits and join-forks correctly.
 */
const config = {
  extends: 'bpmnlint:recommended',
  rules: { 'label-required': 'warn', 'no-bpmndi': 'warn', 'no-gateway-join-fork': 'warn', 'no-implicit-split': 'warn', 'no-inclusive-gateway': 'off', 'no-complex-gateway': 'off' },
};

/**
 * Modelers write each node's `<incoming>`/`<outgoing>` references; hand-written models usually leave
 * them out, and the engine follows the sequence flows either way. bpmnlint reads only the references,
 * so they are derived from the flows first (on the tree used for linting only).
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

/** Runs bpmnlint over a moddle root. A new Linter each call: a reused one reports stale duplicates. */
export async function runBpmnlint(definitions: any): Promise<Problem[]> {
  for (const root of definitions.rootElements ?? []) if (root.$type === 'bpmn:Process') linkFlows(root);
  const linter = new Linter({ config, resolver: new NodeResolver({ require }) });
  const results: Record<string, { id?: string; message: string; category: string }[]> = await linter.lint(definitions);
  return Object.entries(results).flatMap(([rule, reports]) =>
    reports.map((r) => ({ elementId: r.id ?? 'definitions', rule, message: r.message, category: r.category === 'error' || r.category === 'rule-error' ? ('error' as const) : ('warn' as const) })),
  );
}
