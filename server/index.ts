// The composition root: configuration, database, engine, GraphQL and the other routes, start and stop.
export { makeApp, type AppOptions } from './app.ts';
export { StartRefusedError } from './demo-guard.ts';
export { runServer } from './main.ts';
export { startServer, type RunningServer } from './start-server.ts';
