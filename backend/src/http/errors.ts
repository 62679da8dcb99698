import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { ApiErrorBody, ApiErrorIssue, ErrorCode } from '@musubi/shared';
import type { Logger } from '../logger';

/** The one error type services throw: a stable code, an HTTP status and optional details. */
export class AppError extends Error {
  constructor(
    public readonly status: number,
    public readonly code: ErrorCode,
    message: string,
    public readonly details?: ApiErrorBody['error']['details'],
    public readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const badRequest = (message = 'Bad request', details?: ApiErrorBody['error']['details']) =>
  new AppError(400, 'bad_request', message, details);
/** A list cursor that was tampered with or came from another list. */
export const badCursor = () => badRequest('The page cursor is not valid; start again from the first page');
export const validationFailed = (issues: ApiErrorIssue[]) =>
  new AppError(400, 'validation_failed', 'The request is not valid', { issues });
export const unauthenticated = () => new AppError(401, 'unauthenticated', 'Please log in');
export const invalidCredentials = () => new AppError(401, 'invalid_credentials', 'Wrong email or password');
export const forbidden = (message = 'Not allowed') => new AppError(403, 'forbidden', message);
export const notFound = (what = 'Resource') => new AppError(404, 'not_found', `${what} not found`);
export const conflict = (message = 'Conflict', details?: ApiErrorBody['error']['details']) =>
  new AppError(409, 'conflict', message, details);
export const versionConflict = (currentVersion: number) =>
  new AppError(409, 'version_conflict', 'This was changed by someone else; reload and try again', {
    currentVersion,
  });
export const rateLimited = (retryAfterSeconds: number) =>
  new AppError(
    429,
    'rate_limited',
    'Too many attempts; try again later',
    { retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds) },
  );

export const notFoundRoute: RequestHandler = (req, _res, next) => next(notFound(`Route ${req.method} ${req.path}`));

/** Answers 400 before routing when the path holds a malformed percent-escape (`%zz`, a cut UTF-8 sequence). */
export const rejectMalformedPath: RequestHandler = (req, _res, next) => {
  try {
    decodeURIComponent(req.path);
    next();
  } catch (err) {
    next(err);
  }
};

/**
 * Renders every error as `{ error: { code, message, details? } }`. Requests the client got wrong
 * before any service saw them (bad escapes, unreadable bodies) are a warning without a stack, so
 * they cannot flood the error log; unknown errors become a logged 500.
 */
export function errorMiddleware(logger: Logger): ErrorRequestHandler {
  return (err: unknown, req, res, next) => {
    if (res.headersSent) return next(err);
    let appError: AppError;
    if (err instanceof AppError) appError = err;
    else {
      const refused = malformedRequestError(err);
      if (refused) {
        logger.warn(
          { method: req.method, url: req.originalUrl, code: refused.code, reason: (err as Error).message },
          'malformed request refused',
        );
        appError = refused;
      } else {
        logger.error({ err, method: req.method, url: req.originalUrl }, 'unhandled error');
        appError = new AppError(500, 'internal', 'Something went wrong on our side');
      }
    }
    const body: ApiErrorBody = { error: { code: appError.code, message: appError.message } };
    if (appError.details) body.error.details = appError.details;
    for (const [k, v] of Object.entries(appError.headers ?? {})) res.setHeader(k, v);
    res.status(appError.status).json(body);
  };
}

/** An http-errors style error (body-parser, raw-body, send): a 4xx status, maybe a type. */
interface ClientHttpError {
  status: number;
  type?: string;
}

function isClientHttpError(err: unknown): err is ClientHttpError {
  if (typeof err !== 'object' || err === null || !('status' in err)) return false;
  const { status } = err as { status: unknown };
  return typeof status === 'number' && status >= 400 && status < 500;
}

/** The 4xx for an error that means the request itself was malformed; undefined for anything else. */
function malformedRequestError(err: unknown): AppError | undefined {
  if (err instanceof URIError) return badRequest('The address contains a malformed percent-escape');
  if (!isClientHttpError(err)) return undefined;
  switch (err.type) {
    case 'entity.too.large':
      return new AppError(413, 'payload_too_large', 'The request body is too large');
    case 'entity.parse.failed':
      return badRequest('The request body is not valid JSON');
    case 'encoding.unsupported':
      return new AppError(415, 'unsupported_media_type', 'Unsupported content encoding');
  }
  if (err.status === 415) return new AppError(415, 'unsupported_media_type', 'Unsupported content type');
  if (err.status === 403) return forbidden();
  if (err.status === 404) return notFound();
  // body-parser wraps what it could not read (a gzip body that is not gzip) as a typeless 400.
  return badRequest('The request could not be read');
}
