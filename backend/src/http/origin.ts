import type { IncomingMessage } from 'node:http';
import type { TLSSocket } from 'node:tls';
import express, { type Request, type RequestHandler } from 'express';
import type { Config } from '../config';
import { AppError } from './errors';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Whether the peer at `address`, `hop` proxies away, is a proxy whose forwarded headers count. */
export type TrustProxy = (address: string | undefined, hop: number) => boolean;

/** Express's own reading of `TRUST_PROXY`, usable on raw requests (the Socket.IO handshake) too. */
export function compileTrustProxy(setting: Config['trustProxy']): TrustProxy {
  return express().set('trust proxy', setting).get('trust proxy fn') as TrustProxy;
}

const firstValue = (header: string | string[] | undefined): string | undefined =>
  (Array.isArray(header) ? header[0] : header)?.split(',')[0]?.trim() || undefined;

/**
 * The scheme and host a request was addressed to. `X-Forwarded-Host`/`-Proto` count only when the
 * peer is a trusted proxy: anyone can send them, so without TRUST_PROXY the `Host` header decides.
 */
export function addressedOrigin(req: IncomingMessage, trust: TrustProxy): { protocol: string; host?: string } {
  const ownProtocol = (req.socket as TLSSocket).encrypted ? 'https' : 'http';
  if (!trust(req.socket.remoteAddress, 0)) return { protocol: ownProtocol, host: firstValue(req.headers.host) };
  return {
    protocol: firstValue(req.headers['x-forwarded-proto']) ?? ownProtocol,
    host: firstValue(req.headers['x-forwarded-host']) ?? firstValue(req.headers.host),
  };
}

/**
 * An Origin is accepted when it is listed in the configuration (PUBLIC_URL, ALLOWED_ORIGINS) or is
 * the server's own: the host the request was addressed to (and, behind a trusted proxy, its
 * scheme). A missing Origin (non-browser clients) is accepted unless the browser says cross-site.
 */
export function isAllowedOrigin(req: IncomingMessage, allowed: readonly string[], trust: TrustProxy): boolean {
  const { origin } = req.headers;
  if (!origin) return req.headers['sec-fetch-site'] !== 'cross-site';
  if (origin === 'null') return false;
  if (allowed.includes(origin)) return true;
  const addressed = addressedOrigin(req, trust);
  try {
    const url = new URL(origin);
    const sameScheme = !trust(req.socket.remoteAddress, 0) || url.protocol === `${addressed.protocol}:`;
    return sameScheme && url.host === addressed.host;
  } catch {
    return false;
  }
}

/** State-changing requests from a foreign Origin get 403 (CSRF defence beside SameSite=Lax). */
export function requireSameOrigin(allowed: readonly string[]): RequestHandler {
  return (req, _res, next) => {
    if (SAFE_METHODS.has(req.method) || isAllowedOrigin(req, allowed, trustOf(req))) return next();
    next(new AppError(403, 'forbidden_origin', 'Requests from this origin are not allowed'));
  };
}

const trustOf = (req: Request): TrustProxy => req.app.get('trust proxy fn') as TrustProxy;

/** The address this server is reached at when no PUBLIC_URL says otherwise: its own listen address. */
export function listenOrigin(host: string, port: number): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${port}`;
}

/**
 * The origin for links the server hands out (calendar feeds): PUBLIC_URL; else, behind a trusted
 * proxy, what the proxy forwarded; else the server's own listen address. Never a client's Host.
 */
export function publicOriginOf(req: Request, config: Pick<Config, 'publicUrl' | 'host'>): string {
  if (config.publicUrl) return config.publicUrl;
  const trust = trustOf(req);
  if (trust(req.socket.remoteAddress, 0)) {
    const { protocol, host } = addressedOrigin(req, trust);
    if (host) return `${protocol}://${host}`;
  }
  return listenOrigin(config.host, req.socket.localPort ?? 0);
}
