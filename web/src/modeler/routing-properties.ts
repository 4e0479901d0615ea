/**
 * The properties panel's "Routing" group: Crossdesk's routing attributes on user tasks (skills with
 * levels, queue, SLA, business value, interruptible), written as `crossdesk:` attributes through the
 * crossdesk moddle extension. A bpmn-js module: add it next to the panel's provider modules.
 */
import {
  CheckboxEntry,
  isCheckboxEntryEdited,
  isTextFieldEntryEdited,
  TextFieldEntry,
} from '@bpmn-io/properties-panel';
import { h } from '@bpmn-io/properties-panel/preact';
import { useService } from 'bpmn-js-properties-panel';
import type { Element } from 'bpmn-js/lib/model/Types';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';
import { isBusinessValue, isIsoDuration, parseSkills } from '../lib/skills.ts';

/** Texts of the group, in the app's language (given as `crossdesk.t` in the modeler's config). */
export type Translate = (key: string, params?: Record<string, string>) => string;

type Validate = (value: string) => string | null;

/** A properties panel group, as far as this provider reads it. */
interface Group {
  id: string;
}

const ATTRS = ['skills', 'queue', 'sla', 'businessValue'] as const;

function makeValidators(t: Translate): Record<(typeof ATTRS)[number], Validate | undefined> {
  return {
    skills: (value) => {
      const parsed = parseSkills(value ?? '');
      return 'error' in parsed ? t(parsed.error, { item: parsed.item }) : null;
    },
    queue: undefined,
    sla: (value) => (!value || isIsoDuration(value) ? null : t('routing.error.sla')),
    businessValue: (value) => (!value || isBusinessValue(value) ? null : t('routing.error.businessValue')),
  };
}

function AttributeField(props: { element: Element; id: string; attr: string; label: string; validate?: Validate }) {
  const { element, id, attr, label, validate } = props;
  const modeling = useService('modeling');
  const debounce = useService('debounceInput');
  return h(TextFieldEntry, {
    element,
    id,
    label,
    debounce,
    validate,
    getValue: () => getBusinessObject(element).get(`crossdesk:${attr}`) ?? '',
    setValue: (value: string) =>
      modeling.updateProperties(element, { [`crossdesk:${attr}`]: value?.trim() ? value.trim() : undefined }),
  });
}

function InterruptibleField(props: { element: Element; id: string; label: string }) {
  const { element, id, label } = props;
  const modeling = useService('modeling');
  return h(CheckboxEntry, {
    element,
    id,
    label,
    getValue: () => getBusinessObject(element).get('crossdesk:interruptible') === 'true',
    setValue: (value: boolean) =>
      modeling.updateProperties(element, { 'crossdesk:interruptible': value ? 'true' : undefined }),
  });
}

/**
 * The group's entries for a user task. The panel renders each entry's `component` with the entry as
 * props, so the components stay the same functions across renders (a pending debounced edit survives).
 */
export function routingEntries(element: Element, t: Translate) {
  const validators = makeValidators(t);
  const text = ATTRS.map((attr) => ({
    id: `crossdesk-${attr}`,
    component: AttributeField,
    element,
    attr,
    label: t(`routing.${attr}`),
    validate: validators[attr],
    isEdited: isTextFieldEntryEdited,
  }));
  return [
    ...text,
    {
      id: 'crossdesk-interruptible',
      component: InterruptibleField,
      element,
      label: t('routing.interruptible'),
      isEdited: isCheckboxEntryEdited,
    },
  ];
}

class RoutingPropertiesProvider {
  static $inject = ['propertiesPanel', 'config.crossdesk'];
  private readonly t: Translate;

  constructor(
    propertiesPanel: { registerProvider(priority: number, provider: RoutingPropertiesProvider): void },
    config: { t?: Translate } | undefined,
  ) {
    this.t = config?.t ?? ((key) => key);
    propertiesPanel.registerProvider(400, this);
  }

  getGroups(element: Element) {
    return (groups: Group[]) => {
      if (!is(element, 'bpmn:UserTask')) return groups;
      const group = {
        id: 'crossdesk-routing',
        label: this.t('routing.group'),
        entries: routingEntries(element, this.t),
      };
      const general = groups.findIndex((g) => g.id === 'general');
      groups.splice(general >= 0 ? general + 1 : groups.length, 0, group);
      return groups;
    };
  }
}

export default {
  __init__: ['crossdeskRoutingProvider'],
  crossdeskRoutingProvider: ['type', RoutingPropertiesProvider],
};
