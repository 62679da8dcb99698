import type { IncomingHttpHeaders } from 'node:http';
import type { RequestHandler } from 'express';
import { AppError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * An Origin is accepted when it is the server's own (same scheme-less host as the Host header)
 * or listed in the configuration. A missing Origin (non-browser clients) is accepted; browsers
 * always send one on cross-site state-changing requests.
 */
export function isAllowedOrigin(headers: IncomingHttpHeaders, allowed: readonly string[]): boolean {
  const origin = headers.origin;
  if (!origin) return headers['sec-fetch-site'] !== 'cross-site';
  if (origin === 'null') return false;
  if (allowed.includes(origin)) return true;
  try {
    const host = headers['x-forwarded-host'] ?? headers.host;
    return typeof host === 'string' && new URL(origin).host === host.split(',')[0]?.trim();
  } catch {
    return false;
  }
}

/** State-changing requests from a foreign Origin get 403 (CSRF defence beside SameSite=Lax). */
export function requireSameOrigin(allowed: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || isAllowedOrigin(req.headers, allowed)) return next();
    next(new AppError(403, 'forbidden_origin', 'Requests from this origin are not allowed'));
  };
}
