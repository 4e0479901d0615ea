import type { Problem } from './problem.ts';
import { makeModdle } from './moddle.ts';
import { moddleWarningProblem, position } from './moddle-warnings.ts';

/**
 * Result of parsing: the moddle root, the whole moddle context (`rootElement`, `elementsById`,
 * `references`, `warnings`; needed to serialize for the engine) and the harmless moddle warnings.
 */
export type ParseResult =
  { ok: true; definitions: any; moddleContext: any; warnings: Problem[] } | { ok: false; problems: Problem[] };

const BPMN_MODEL_NS = 'http://www.omg.org/spec/BPMN/20100524/MODEL';

const problem = (rule: string, message: string, elementId = 'definitions'): Problem => ({
  elementId,
  rule,
  message,
  category: 'error',
});

function tooLarge(xml: string, maxBytes: number): Problem | null {
  // UTF-8 never takes fewer bytes than UTF-16 code units: a long string is refused without counting.
  if (xml.length > maxBytes)
    return problem('max-size', `the file is at least ${xml.length} bytes; at most ${maxBytes} are accepted`);
  const bytes = Buffer.byteLength(xml, 'utf8');
  return bytes > maxBytes ? problem('max-size', `the file is ${bytes} bytes; at most ${maxBytes} are accepted`) : null;
}

/** The name of the first element, for telling a user what was uploaded instead of BPMN. */
function rootName(xml: string): string {
  return /<([A-Za-z_][\w.:-]*)/.exec(xml.replace(/<\?[^]*?\?>|<!--[^]*?-->|<!DOCTYPE[^>]*>/g, ''))?.[1] ?? 'nothing';
}

function readFailure(err: unknown, xml: string): Problem {
  const message = (err as Error).message ?? String(err);
  // moddle reads well-formed XML with another root (or no BPMN namespace) up to this point only.
  if (message.startsWith('failed to parse document as')) {
    const name = rootName(xml);
    const found = /(^|:)definitions$/.test(name) ? `<${name}> in another namespace` : `<${name}>`;
    return problem('not-bpmn', `not a BPMN 2.0 file: expected <definitions> of ${BPMN_MODEL_NS}, found ${found}`);
  }
  const nested = /nested error: (.*)/.exec(message)?.[1];
  return problem('malformed-xml', `cannot read the XML${position(message)}: ${nested ?? message.split('\n')[0]}`);
}

/**
 * Parses BPMN 2.0 XML with bpmn-moddle and the Camunda and Crossdesk descriptors. The size is checked
 * before anything is read. Malformed XML, XML that is not BPMN, unresolved references, elements moddle
 * had to drop and misspelt `crossdesk:` attributes are problems; other tools' unknown attributes are
 * warnings only.
 */
export async function parseBpmn(xml: string, options: { maxBytes: number }): Promise<ParseResult> {
  const oversize = tooLarge(xml, options.maxBytes);
  if (oversize) return { ok: false, problems: [oversize] };
  let moddleContext: any;
  try {
    moddleContext = await makeModdle().fromXML(xml, 'bpmn:Definitions');
  } catch (err) {
    return { ok: false, problems: [readFailure(err, xml)] };
  }
  const root = moddleContext.rootElement;
  if (root?.$type !== 'bpmn:Definitions')
    return { ok: false, problems: [problem('not-bpmn', 'not a BPMN 2.0 file: no <definitions> root')] };
  const found = (moddleContext.warnings ?? [])
    .map(moddleWarningProblem)
    .filter((p: Problem | null): p is Problem => p !== null);
  const errors = found.filter((p: Problem) => p.category === 'error');
  if (errors.length)
    return { ok: false, problems: [...errors, ...found.filter((p: Problem) => p.category !== 'error')] };
  return { ok: true, definitions: root, moddleContext, warnings: found };
}
