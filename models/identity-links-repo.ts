import type { Db } from './db.ts';

/** A provider account (issuer + subject) tied to a user. */
export interface IdentityLinkRecord {
  issuer: string;
  subject: string;
  userId: string;
  createdAt: number;
  lastSignInAt: number;
}

/** A started OpenID Connect login, kept until its callback uses it (once) or it expires. */
export interface OidcLoginRecord {
  stateHash: string;
  browserHash: string;
  nonce: string;
  codeVerifier: string;
  createdAt: number;
  expiresAt: number;
}

/** A one-time code the web app exchanges for a session token. */
export interface SignInCodeRecord {
  codeHash: string;
  userId: string;
  createdAt: number;
  expiresAt: number;
}

/** The user linked to a provider account, if any. */
export async function findIdentityLink(
  db: Db,
  issuer: string,
  subject: string,
): Promise<IdentityLinkRecord | undefined> {
  const r = await db('identity_links').where({ issuer, subject }).first();
  return r
    ? {
        issuer: r.issuer,
        subject: r.subject,
        userId: r.user_id,
        createdAt: Number(r.created_at),
        lastSignInAt: Number(r.last_sign_in_at),
      }
    : undefined;
}

/** Links a provider account to a user (a new link; the pair is the primary key). */
export async function insertIdentityLink(db: Db, link: IdentityLinkRecord): Promise<void> {
  await db('identity_links').insert({
    issuer: link.issuer,
    subject: link.subject,
    user_id: link.userId,
    created_at: link.createdAt,
    last_sign_in_at: link.lastSignInAt,
  });
}

/** Records a sign-in through a link. */
export async function touchIdentityLink(db: Db, issuer: string, subject: string, at: number): Promise<void> {
  await db('identity_links').where({ issuer, subject }).update({ last_sign_in_at: at });
}

/** Stores a started login and drops expired ones (the table holds only logins in flight). */
export async function insertOidcLogin(db: Db, login: OidcLoginRecord): Promise<void> {
  await db('oidc_logins').where('expires_at', '<=', login.createdAt).delete();
  await db('oidc_logins').insert({
    state_hash: login.stateHash,
    browser_hash: login.browserHash,
    nonce: login.nonce,
    code_verifier: login.codeVerifier,
    created_at: login.createdAt,
    expires_at: login.expiresAt,
  });
}

/**
 * Takes a started login out of the table: answers it only to the one caller whose delete removed the
 * row, so two callbacks with the same state (a replay, a double click) cannot both use it.
 */
export async function takeOidcLogin(db: Db, stateHash: string): Promise<OidcLoginRecord | undefined> {
  const r = await db('oidc_logins').where({ state_hash: stateHash }).first();
  if (!r) return undefined;
  const deleted = await db('oidc_logins').where({ state_hash: stateHash }).delete();
  if (deleted === 0) return undefined;
  return {
    stateHash: r.state_hash,
    browserHash: r.browser_hash,
    nonce: r.nonce,
    codeVerifier: r.code_verifier,
    createdAt: Number(r.created_at),
    expiresAt: Number(r.expires_at),
  };
}

/** Stores a one-time sign-in code and drops expired ones. */
export async function insertSignInCode(db: Db, code: SignInCodeRecord): Promise<void> {
  await db('sign_in_codes').where('expires_at', '<=', code.createdAt).delete();
  await db('sign_in_codes').insert({
    code_hash: code.codeHash,
    user_id: code.userId,
    created_at: code.createdAt,
    expires_at: code.expiresAt,
  });
}

/** Takes a one-time sign-in code (once, as takeOidcLogin does). */
export async function takeSignInCode(db: Db, codeHash: string): Promise<SignInCodeRecord | undefined> {
  const r = await db('sign_in_codes').where({ code_hash: codeHash }).first();
  if (!r) return undefined;
  if ((await db('sign_in_codes').where({ code_hash: codeHash }).delete()) === 0) return undefined;
  return { codeHash: r.code_hash, userId: r.user_id, createdAt: Number(r.created_at), expiresAt: Number(r.expires_at) };
}
