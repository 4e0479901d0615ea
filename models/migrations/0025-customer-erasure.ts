import type { Knex } from 'knex';

/**
 * Erasure of a customer's personal data (`eraseCustomer`): the record stays, blanked, with the time it
 * was erased, so counts and links hold and a later contact never fills it in again.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.bigInteger('erased_at');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('customers', (t) => {
    t.dropColumn('erased_at');
  });
}
