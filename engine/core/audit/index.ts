/** The audit trail: who changed which user, group, agent, queue, rule or presence, before and after. */
export { recordAudit, AuditSubject, type AuditChange } from './record-audit.ts';
export { auditLog } from './audit-log.ts';
