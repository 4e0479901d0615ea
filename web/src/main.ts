import { mount } from 'svelte';
import App from './App.svelte';
import { AppState, appContext } from './lib/app-state.svelte.ts';
import './styles/tokens.css';

const app = new AppState();
document.documentElement.lang = app.locale;
mount(App, { target: document.getElementById('app')!, context: appContext(app) });
