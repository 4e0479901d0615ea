import { Text, useTemplateEvaluation } from '@bpmn-io/form-js-viewer';
import { asPlainText } from './plain-text.ts';

/**
 * form-js's "Text view" fills `{{ }}` templates with form data and renders the result as markdown,
 * through a sanitizer that keeps tags such as `<img>`: a customer's value could put an image (a
 * tracking pixel) or a link into an agent's form. This replacement fills the template with every value
 * escaped as plain text first (asPlainText), then lets form-js render the designer's markdown as usual.
 */
/** What form-js hands a field's view: the field and more that SafeText passes on untouched. */
interface TextProps {
  field: { text?: string; strict?: boolean; [other: string]: unknown };
  [other: string]: unknown;
}

function SafeText(props: TextProps) {
  const { field } = props;
  const text = useTemplateEvaluation(field.text ?? '', {
    debug: true,
    strict: field.strict ?? false,
    sanitizer: asPlainText,
  });
  return Text({ ...props, field: { ...field, text } });
}
SafeText.config = Text.config;

class SafeTextRegistration {
  static $inject = ['formFields'];
  constructor(formFields: { register(type: string, component: unknown): void }) {
    formFields.register('text', SafeText);
  }
}

/** A form-js module (`additionalModules`) that replaces the Text view with SafeText. */
export const safeTextModule = {
  __init__: ['safeTextRegistration'],
  safeTextRegistration: ['type', SafeTextRegistration],
};
