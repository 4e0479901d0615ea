/**
 * A customer's value as inert text inside form-js markdown: every character but letters, digits and
 * whitespace becomes a numeric character reference, so the value can neither open an HTML tag nor
 * start markdown syntax (links, images, emphasis, autolinks) nor a template (`{{`, a leading `=`).
 * The browser shows the characters as typed.
 */
export function asPlainText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[^\p{L}\p{N}\s]/gu, (c) => `&#${c.codePointAt(0)};`);
}
