export { accountsRouter } from './accounts.routes';
export { setRole } from './accounts.service';
export { UserModel, type UserDocument } from './user.model';
export { presentUser } from './user.presenter';
export { resolveSession, purgeExpiredSessions, SESSION_COOKIE, type SessionContext } from './sessions.service';
