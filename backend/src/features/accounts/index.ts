export { accountsRouter } from './accounts.routes';
export { setRole } from './accounts.service';
export { UserModel, type UserDocument } from './user.model';
export { presentUser } from './user.presenter';
export {
  resolveSession,
  purgeExpiredSessions,
  userDocumentOf,
  SESSION_COOKIE,
  SESSION_CACHE_TTL_MS,
  type AuthUser,
  type SessionContext,
} from './sessions.service';
export { openSessionRevocations, type SessionRevocations } from './session-revocations';
