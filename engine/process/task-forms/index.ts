/** Task forms: the form-js schemas user tasks show, deployed with their process or alone; reading form-js schemas (intake forms use it too). */
export { checkTaskForms, deployTaskForms, getTaskForms, writeTaskForms, type TaskFormInput } from './deploy-forms.ts';
export { formFields, formProblem, type FormField } from './form-schema.ts';
