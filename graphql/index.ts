// What the server (server/) uses of the GraphQL layer: the endpoint, and the two things it shares with
// the routes around it (who the client is, where GraphiQL's files live).
export { makeYoga } from './yoga.ts';
export type { ClientAddressOf } from './context.ts';
export { GRAPHIQL_PREFIX } from './graphiql.ts';
export type { OperationObserver, OperationObservation } from './operation-observer.ts';
export { callerOf } from './auth.ts';
