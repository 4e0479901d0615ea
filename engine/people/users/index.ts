/** Users, roles, authentication. */
export {
  authenticate,
  authenticateSession,
  actAs,
  issueSession,
  signIn,
  type Session,
  type SignInResult,
} from './auth.ts';
export { ensureAdminToken, CONFIG_ADMIN_ID, CONFIG_TOKEN_LABEL, type AdminTokenState } from './config-admin.ts';
export { hashPassword, verifyPassword, hashToken, newOneTimePassword } from './secrets.ts';
export { getUser, getUsers, saveUser, type SaveUserInput } from './manage-users.ts';
export { signOut, revokeTokens, liveTokenIds } from './sessions.ts';
export { changePassword, resetPassword } from './passwords.ts';
export { checkPasswordStrength, MIN_PASSWORD_LENGTH, MIN_PASSWORD_SCORE } from './password-rules.ts';
export { admitSignIn, backoffSeconds, clearSignInThrottle, type SignInAttempt } from './sign-in-throttle.ts';
export {
  createUser,
  updateUser,
  setUserRoles,
  deactivateUser,
  users,
  userView,
  type CreateUserInput,
  type UpdateUserInput,
} from './people.ts';
