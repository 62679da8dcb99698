import { Router, type CookieOptions, type Request } from 'express';
import { ChangePasswordSchema, DeleteAccountSchema, LoginSchema, RegisterSchema, UpdateMeSchema } from '@musubi/shared';
import type { Config } from '../../config';
import type { DomainEventBus } from '../../events';
import { clientAddressKey, type Limits } from '../../limits';
import { authOf, requireUser } from '../../http/auth';
import { parseInput } from '../../http/validate';
import { changePassword, deleteAccount, logIn, logOut, registerAccount, updateAccount } from './accounts.service';
import { SESSION_COOKIE, userDocumentOf } from './sessions.service';
import { presentUser } from './user.presenter';

export function accountsRouter(config: Config, events: DomainEventBus, limits: Limits): Router {
  const router = Router();
  const cookieOptions: CookieOptions = {
    httpOnly: true,
    sameSite: 'lax',
    secure: config.cookieSecure,
    path: '/',
  };
  // The key of per-IP limits (an IPv6 /64 counts as one address).
  const clientIp = (req: Request) => clientAddressKey(req.ip ?? req.socket.remoteAddress ?? 'unknown');

  router.post('/auth/register', async (req, res) => {
    const input = parseInput(RegisterSchema, req.body);
    // Before the argon2 hash: the limit protects the CPU.
    await limits.registerIp.consume(clientIp(req));
    await registerAccount(input);
    res.status(202).json({ status: 'accepted' });
  });

  router.post('/auth/login', async (req, res) => {
    const input = parseInput(LoginSchema, req.body);
    const { user, token } = await logIn(input, {
      ip: clientIp(req),
      userAgent: req.get('user-agent') ?? '',
      limits,
      sessionTtlMs: config.sessionTtlMs,
    });
    res.cookie(SESSION_COOKIE, token, { ...cookieOptions, maxAge: config.sessionTtlMs });
    res.json({ user: presentUser(user) });
  });

  router.post('/auth/logout', async (req, res) => {
    if (req.auth) await logOut(req.auth, events);
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  router.get('/me', requireUser, (req, res) => {
    res.json({ user: presentUser(authOf(req).user) });
  });

  router.patch('/me', requireUser, async (req, res) => {
    const input = parseInput(UpdateMeSchema, req.body);
    const user = await updateAccount(await userDocumentOf(authOf(req)), input);
    res.json({ user: presentUser(user) });
  });

  router.post('/me/password', requireUser, async (req, res) => {
    const input = parseInput(ChangePasswordSchema, req.body);
    const auth = authOf(req);
    await changePassword(await userDocumentOf(auth), auth.sessionId, input, events);
    res.status(204).end();
  });

  router.delete('/me', requireUser, async (req, res) => {
    const input = parseInput(DeleteAccountSchema, req.body);
    await deleteAccount(await userDocumentOf(authOf(req)), input.password, events);
    res.clearCookie(SESSION_COOKIE, cookieOptions);
    res.status(204).end();
  });

  return router;
}
