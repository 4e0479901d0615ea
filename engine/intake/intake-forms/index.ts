/** Public web forms: form-js schemas kept as data, submissions validated and taken in as interactions. */
export {
  upsertIntakeForm,
  getIntakeForms,
  getPublicIntakeForm,
  getIntakeFormVersions,
  seedIntakeForms,
  type IntakeFormInput,
} from './manage-forms.ts';
export { submitIntakeForm, type Submitter } from './submit-form.ts';
export { validateSubmission, FormInvalidError, type FieldProblem } from './validate-submission.ts';
export { reportStoredPatternProblems, type StoredPatternProblem } from './stored-patterns.ts';
