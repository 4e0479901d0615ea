import crossdeskModdle from './crossdesk-moddle.json' with { type: 'json' };

/**
 * The `crossdesk:` moddle extension, read by the engine (engine/process/definitions/moddle.ts) and written by
 * the web modeler's Routing group (web/src/modeler/routing-properties.ts).
 *
 * It declares the routing attributes of human tasks (`skills`, `queue`, `sla`, `businessValue`,
 * `interruptible`, `channel` on user and manual tasks), `correlationKey` on message catchers and
 * `raisePriority` on boundary events (engine/process/definitions/escalation-rules.ts says where it acts). All are
 * Strings: expressions are allowed, and a Boolean would turn `interruptible="yes"` into false instead of
 * a lint error. `crossdesk:topic` is deliberately not declared: Camunda's descriptor owns `topic` on
 * service, send and business-rule tasks, and moddle then refuses to read any of those tasks; it stays
 * an unknown attribute, read by engine/process/definitions/normalize.ts.
 */
export { crossdeskModdle };
