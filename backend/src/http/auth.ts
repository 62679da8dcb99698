import type { RequestHandler } from 'express';
import type { Role } from '@musubi/shared';
import { parseCookies } from './cookies';
import { forbidden, unauthenticated } from './errors';
import { resolveSession, SESSION_COOKIE, type SessionContext } from '../features/accounts/sessions.service';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- Express's request typing is a global namespace
  namespace Express {
    interface Request {
      auth?: SessionContext;
    }
  }
}

/** Loads the session (if any) from the cookie; never rejects by itself. */
export const loadSession: RequestHandler = async (req, _res, next) => {
  const token = parseCookies(req.headers.cookie)[SESSION_COOKIE];
  req.auth = (await resolveSession(token)) ?? undefined;
  next();
};

export const requireUser: RequestHandler = (req, _res, next) => next(req.auth ? undefined : unauthenticated());

export function requireRole(...roles: Role[]): RequestHandler {
  return (req, _res, next) => {
    if (!req.auth) return next(unauthenticated());
    if (!roles.includes(req.auth.user.role as Role)) return next(forbidden());
    next();
  };
}

/** The signed-in context of a request that passed `requireUser`. */
export function authOf(req: Express.Request): SessionContext {
  if (!req.auth) throw unauthenticated();
  return req.auth;
}
