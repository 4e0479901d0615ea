import type { Knex } from 'knex';

/**
 * Single sign-on (OpenID Connect). `identity_links` ties a provider's account (issuer + subject, the
 * pair OpenID Connect promises stable and unique) to a Crossdesk user: never an e-mail address, which a
 * provider may let people change or reuse. `oidc_logins` holds each started login's state, nonce and PKCE
 * verifier on the server (any node may receive the callback) with a hash of the browser binding cookie;
 * a row is deleted when used, so each works once. `sign_in_codes` are the one-time codes the callback
 * hands the web app, which redeems one for a session token: only hashes are stored.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('identity_links', (t) => {
    t.string('issuer', 500).notNullable();
    t.string('subject', 255).notNullable();
    t.string('user_id', 100).notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('last_sign_in_at').notNullable();
    t.primary(['issuer', 'subject']);
    t.index(['user_id'], 'identity_links_user_idx');
  });
  await knex.schema.createTable('oidc_logins', (t) => {
    t.string('state_hash', 64).primary();
    t.string('browser_hash', 64).notNullable();
    t.string('nonce', 100).notNullable();
    t.string('code_verifier', 200).notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at').notNullable();
    t.index(['expires_at'], 'oidc_logins_expires_idx');
  });
  await knex.schema.createTable('sign_in_codes', (t) => {
    t.string('code_hash', 64).primary();
    t.string('user_id', 100).notNullable();
    t.bigInteger('created_at').notNullable();
    t.bigInteger('expires_at').notNullable();
    t.index(['expires_at'], 'sign_in_codes_expires_idx');
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable('sign_in_codes');
  await knex.schema.dropTable('oidc_logins');
  await knex.schema.dropTable('identity_links');
}
