/** Task forms: the form-js schemas user tasks show, deployed with their process or alone. */
export { checkTaskForms, deployTaskForms, getTaskForms, writeTaskForms, type TaskFormInput } from './deploy-forms.ts';
