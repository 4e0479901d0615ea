/**
 * A cell a spreadsheet would take for a formula (`= + - @`, and tab or carriage return, which some
 * read past) gets a leading apostrophe: the cell shows as text and runs nothing (OWASP, CSV injection).
 * Numbers stay numbers: only text cells are escaped, so a negative figure is still a figure.
 */
export function escapeCell(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
