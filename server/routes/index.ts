// The routes of the HTTP application; server/app.ts dispatches to them.
export { ctiWebhook } from './cti.ts';
export { makeGraphiqlAssets } from './graphiql-assets.ts';
export { graphqlHandler, type GraphqlRouteOptions } from './graphql.ts';
export type { Handler } from './handler.ts';
export { livenessHandler, readinessHandler, type NodeRole, type ReadinessSource } from './health.ts';
export { intakeHandler, INTAKE_PATH } from './intake.ts';
export { serveWebApp, WEB_DIST } from './web-assets.ts';
export { chatHandler, CHAT_PATH, CHAT_WIDGET_PATH, serveChatWidget, type ChatRouteOptions } from './chat/index.ts';
export { LOGIN_COOKIE, oidcRoutes } from './oidc.ts';
export { metricsHandler } from './metrics.ts';
export { processesCsvHandler, PROCESSES_CSV_PATH } from './reports/processes-csv.ts';
export { reportCsvHandler, REPORT_PATHS } from './reports/queues-agents-csv.ts';
export { escapeCell } from './reports/csv-cells.ts';
