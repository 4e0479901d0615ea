import type { Knex } from 'knex';
import type { FactApplier } from '../facts/index.ts';
import { applyInstanceRecords } from './apply-instance-records.ts';

/**
 * Process facts as one applier of the reporting consumer (engine/analytics/facts): the instance records
 * of the change feed go into the same transaction that moves the consumer's applied position, so each
 * counts once, written by the one node that leads, as the task facts are.
 */
export const processFactsApplier: FactApplier = {
  entity: 'instance',
  apply: (record, scope) => applyInstanceRecords(scope.ctx, scope.trx as Knex.Transaction, [record]),
};
