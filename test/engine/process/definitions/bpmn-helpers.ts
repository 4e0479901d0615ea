import { readFileSync } from 'node:fs';
import type { Problem } from '../../../../engine/process/definitions/index.ts';

/** A fixture of this folder. */
export const bpmnFixture = (name: string): string =>
  readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

const NAMESPACES = [
  'xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xmlns:camunda="http://camunda.org/schema/1.0/bpmn"',
  'xmlns:crossdesk="http://crossdesk.dev/schema/bpmn/1.0"',
].join(' ');

/** A hand-written file (no diagram) with one process around `body`. */
export function processXml(
  body: string,
  options: { id?: string; executable?: boolean; outside?: string } = {},
): string {
  const { id = 'p', executable = true, outside = '' } = options;
  return `<?xml version="1.0" encoding="UTF-8"?>
<definitions ${NAMESPACES} id="defs" targetNamespace="http://crossdesk.dev/test">
  <process id="${id}" isExecutable="${executable}">${body}</process>${outside}
</definitions>`;
}

/** `start -> <element id="x"> -> end` flows around an element, for one-element cases. */
export const around = (element: string, id = 'x') =>
  `<startEvent id="start" /><sequenceFlow id="in" sourceRef="start" targetRef="${id}" />${element}<sequenceFlow id="out" sourceRef="${id}" targetRef="end" /><endEvent id="end" />`;

/** `elementId rule` of every error, for comparing. */
export const errorsOf = (problems: Problem[]): string[] =>
  problems.filter((p) => p.category === 'error').map((p) => `${p.elementId} ${p.rule}`);

/** Limits as configured for a server that refuses scripts. */
export const LIMITS = { maxBytes: 1024 * 1024, allowScripts: false };
