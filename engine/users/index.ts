/** Users, roles, authentication. */
export { Role, ALL_ROLES, SYSTEM_ACTOR, hasRole, type Actor } from './actor.ts';
export { requireRole } from './authorize.ts';
export {
  authenticate,
  authenticateSession,
  actAs,
  signIn,
  ensureAdminToken,
  type Session,
  type SignInResult,
} from './auth.ts';
export { hashPassword, verifyPassword, hashToken, newOneTimePassword } from './secrets.ts';
export { getUser, getUsers, saveUser, type SaveUserInput } from './manage-users.ts';
export { signOut, revokeTokens, liveTokenIds } from './sessions.ts';
export { changePassword, resetPassword } from './passwords.ts';
export { checkPasswordStrength, MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE } from './password-rules.ts';
export { admitSignIn, backoffSeconds, clearSignInThrottle, type SignInAttempt } from './sign-in-throttle.ts';
export { DEFAULT_SESSION_SETTINGS, type SessionSettings } from './session-settings.ts';
