import { mount } from 'svelte';
import App from './App.svelte';
import { AppState, appContext } from './lib/app-state.svelte.ts';
import { chatQueueOf } from './lib/chat.ts';
import './styles/tokens.css';

const target = document.getElementById('app')!;
// The public page of an intake form (/intake/<formKey>) needs no sign-in and none of the app.
const intake = /^\/intake\/([\w-]{1,100})$/.exec(location.pathname);
// So does the public chat page of a chat queue (/chat/<queue>), also what the chat widget frames.
const chatQueue = chatQueueOf(location.pathname);
if (chatQueue) {
  void import('./pages/chat/PublicChat.svelte').then(({ default: PublicChat }) =>
    mount(PublicChat, { target, props: { queue: chatQueue } }),
  );
} else if (intake) {
  void import('./pages/contacts/PublicIntake.svelte').then(({ default: PublicIntake }) =>
    mount(PublicIntake, { target, props: { formKey: intake[1] } }),
  );
} else {
  const app = new AppState();
  document.documentElement.lang = app.locale;
  mount(App, { target, context: appContext(app) });
}
