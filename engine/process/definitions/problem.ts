/** One finding of deployment validation. Errors block deployment; warnings are reported only. */
export interface Problem {
  elementId: string;
  rule: string;
  message: string;
  category: 'error' | 'warn';
}
