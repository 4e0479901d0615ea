import { BpmnModdle } from 'bpmn-moddle';
import { diff } from 'bpmn-js-differ';
import camunda from 'camunda-bpmn-moddle/resources/camunda.json' with { type: 'json' };
import { crossdeskModdle as crossdesk } from '../../../bpmn-shared/index.ts';

/** An element a newer version changed: its id, name, and the properties that differ. */
export interface ChangedElement {
  id: string;
  name: string | null;
  properties: string[];
}

/** What a newer version changed in the model's meaning (layout left out). */
export interface VersionDiff {
  added: string[];
  removed: string[];
  changed: ChangedElement[];
}

async function read(xml: string): Promise<unknown> {
  // Both extensions are known, so camunda: and crossdesk: attributes are compared as properties.
  const moddle = new BpmnModdle({ camunda, crossdesk });
  return (await moddle.fromXML(xml)).rootElement;
}

const sorted = (ids: Iterable<string>) => [...ids].sort();

/**
 * Compares two versions semantically with bpmn-js-differ over bpmn-moddle: attributes in another order,
 * other whitespace or another layout are no change; added and removed elements, and changed
 * properties (names, conditions, Camunda and Crossdesk attributes, documentation) are.
 */
export async function diffVersions(olderXml: string, newerXml: string): Promise<VersionDiff> {
  const changes = diff(await read(olderXml), await read(newerXml));
  return {
    added: sorted(Object.keys(changes._added)),
    removed: sorted(Object.keys(changes._removed)),
    changed: sorted(Object.keys(changes._changed)).map((id) => {
      const { model, attrs } = changes._changed[id];
      // `documentation[0]` is the documentation; a nested change (a condition's body) names no property.
      const properties = new Set(Object.keys(attrs).map((key) => key.replace(/\[\d+\]$/, '')));
      return { id, name: model?.name ?? null, properties: sorted(properties) };
    }),
  };
}
