// Prometheus metrics of one server (GET /metrics).
export { makeServerMetrics, type ServerMetrics } from './server-metrics.ts';
