/** Reports a finding of a Crossdesk rule on the element being checked. */
export type Report = (rule: string, message: string) => void;

/** What a Crossdesk rule knows beside the element. */
export interface RuleContext {
  allowScripts: boolean;
  /** Incoming sequence flows per element id, counted from the flows (hand-written models omit `<incoming>`). */
  incoming: Map<string, number>;
}

/** A Crossdesk rule: checks one flow element of an executable process. */
export type Rule = (el: any, report: Report, context: RuleContext) => void;
