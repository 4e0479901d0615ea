import type { Knex } from 'knex';

/**
 * Sign-in throttling and sessions. `rate_limits` is the store of every rate limit the nodes share
 * (sign-in back-off and ceilings, web-form submissions): created here rather than by the rate-limit
 * library at run time, in the library's own shape (key, points, expire in epoch ms). Tokens remember
 * when they were last used (the idle timeout of sign-in sessions); users can be made to change their
 * password at the next sign-in (after a reset).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('rate_limits', (t) => {
    t.string('key', 255).primary();
    t.integer('points').notNullable().defaultTo(0);
    t.bigInteger('expire');
    t.index(['expire']);
  });
  await knex.schema.alterTable('api_tokens', (t) => {
    t.bigInteger('last_used_at');
    t.index(['user_id']);
  });
  await knex.schema.alterTable('users', (t) => {
    t.boolean('must_change_password').notNullable().defaultTo(false);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('users', (t) => t.dropColumn('must_change_password'));
  await knex.schema.alterTable('api_tokens', (t) => {
    t.dropIndex(['user_id']);
    t.dropColumn('last_used_at');
  });
  await knex.schema.dropTableIfExists('rate_limits');
}
