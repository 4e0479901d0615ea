/** Dispositions: the wrap-up code of any task of a queue with codes, and the rule that wrap-up needs one. */
export { setDisposition, holderOf, MAX_DISPOSITION_NOTE } from './set-disposition.ts';
export {
  requireDisposition,
  requireWrapUpDispositions,
  dispositionCodesOf,
  wrapUpTasks,
  WRAP_UP_SLACK_MS,
} from './wrap-up-rule.ts';
