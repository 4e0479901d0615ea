import { mount } from 'svelte';
import App from './App.svelte';
import { AppState, appContext } from './lib/app-state.svelte.ts';
import './styles/tokens.css';

const target = document.getElementById('app')!;
// The public page of an intake form (/intake/<formKey>) needs no sign-in and none of the app.
const intake = /^\/intake\/([\w-]{1,100})$/.exec(location.pathname);
if (intake) {
  void import('./pages/contacts/PublicIntake.svelte').then(({ default: PublicIntake }) =>
    mount(PublicIntake, { target, props: { formKey: intake[1] } }),
  );
} else {
  const app = new AppState();
  document.documentElement.lang = app.locale;
  mount(App, { target, context: appContext(app) });
}
