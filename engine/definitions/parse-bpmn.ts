import type { Problem } from './problem.ts';
import { makeModdle } from './moddle.ts';

/** Result of parsing: the moddle root and the whole moddle context (needed to serialize for the engine). */
export type ParseResult = { ok: true; definitions: any; moddleContext: any; warnings: Problem[] } | { ok: false; problems: Problem[] };

const problem = (rule: string, message: string, elementId = 'definitions'): Problem => ({ elementId, rule, message, category: 'error' });

/**
 * Parses BPMN 2.0 XML with bpmn-moddle and the Camunda and Crossdesk descriptors. The size is checked
 * before any parsing; malformed XML, XML that is not BPMN, and unresolved references are problems.
 * Unknown attributes from other tools' namespaces are only warnings.
 */
export async function parseBpmn(xml: string, options: { maxBytes: number }): Promise<ParseResult> {
  const bytes = Buffer.byteLength(xml, 'utf8');
  if (bytes > options.maxBytes) return { ok: false, problems: [problem('max-size', `the file is ${bytes} bytes; at most ${options.maxBytes} are accepted`)] };
  if (!/^\s*(<\?xml[^>]*>\s*)?(<!--[^]*?-->\s*)*<([A-Za-z_][\w.-]*:)?definitions[\s>]/.test(xml)) {
    return { ok: false, problems: [problem('not-bpmn', 'not a BPMN 2.0 file: the root element must be bpmn:definitions')] };
  }
  let moddleContext: any;
  try {
    moddleContext = await makeModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (err) {
    return { ok: false, problems: [problem('malformed-xml', `cannot read the XML: ${(err as Error).message.split('\n')[0]}`)] };
  }
  const root = moddleContext.rootElement;
  if (!root || root.$type !== 'bpmn:Definitions') return { ok: false, problems: [problem('not-bpmn', 'not a BPMN 2.0 file: no bpmn:definitions root')] };
  const warnings: Problem[] = [];
  const errors: Problem[] = [];
  for (const w of moddleContext.warnings ?? []) {
    // crossdesk:topic and crossdesk:handler are read from the unknown attributes on purpose (normalize.ts).
    if (/unknown attribute <crossdesk:(topic|handler)>/.test(w.message)) continue;
    const elementId = w.element?.id ?? 'definitions';
    // A reference to nothing, or an element moddle had to drop, would make the engine run a model
    // other than the one drawn; unknown attributes of other tools are harmless.
    const rule = /unresolved reference/i.test(w.message) ? 'unresolved-reference' : /unparsable content/i.test(w.message) ? 'unparsable-content' : null;
    (rule ? errors : warnings).push({ elementId, rule: rule ?? 'xml-warning', message: w.message.split('\n')[0], category: rule ? 'error' : 'warn' });
  }
  if (errors.length) return { ok: false, problems: errors };
  return { ok: true, definitions: root, moddleContext, warnings };
}
