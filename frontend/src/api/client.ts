import type { ApiErrorBody, ApiErrorIssue, ErrorCode } from '@musubi/shared';
import { ERROR_CODES } from '@musubi/shared';

/** Server codes plus the two failures only the client can see. */
export type ClientErrorCode = ErrorCode | 'network' | 'unexpected_response';

export type ApiErrorDetails = NonNullable<ApiErrorBody['error']['details']>;

/** Any failed API call: a stable `code` to translate, the HTTP status (0 when offline) and details. */
export class ApiError extends Error {
  readonly code: ClientErrorCode;
  readonly status: number;
  readonly details: ApiErrorDetails | undefined;

  constructor(code: ClientErrorCode, status: number, message: string, details?: ApiErrorDetails) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.details = details;
  }

  get issues(): ApiErrorIssue[] {
    return Array.isArray(this.details?.issues) ? this.details.issues : [];
  }
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'bad_request',
  401: 'unauthenticated',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  429: 'rate_limited',
  500: 'internal',
};

function codeForStatus(status: number): ClientErrorCode {
  return CODE_BY_STATUS[status] ?? (status >= 500 ? 'service_unavailable' : 'unexpected_response');
}

/** Turns a non-2xx response into an ApiError, whatever its body turns out to be. */
export async function toApiError(response: Response): Promise<ApiError> {
  let body: unknown;
  try {
    body = await response.json();
  } catch {
    body = undefined;
  }
  const error = (body as Partial<ApiErrorBody> | undefined)?.error;
  if (error && isErrorCode(error.code)) {
    let details = error.details && typeof error.details === 'object' ? error.details : undefined;
    // The standard header says how long to wait when the body does not.
    const retryAfter = Number(response.headers.get('Retry-After'));
    if (details?.retryAfterSeconds === undefined && retryAfter > 0) {
      details = { ...details, retryAfterSeconds: retryAfter };
    }
    return new ApiError(error.code, response.status, String(error.message ?? ''), details);
  }
  // A proxy page, an empty body or a code this build does not know: go by the status alone.
  return new ApiError(codeForStatus(response.status), response.status, response.statusText);
}

type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

type SessionLostListener = () => void;
const sessionLostListeners = new Set<SessionLostListener>();

/**
 * Called whenever the server says the session is gone (`401 unauthenticated`), e.g. after the
 * password was changed on another device. Returns an unsubscribe function.
 */
export function onSessionLost(listener: SessionLostListener): () => void {
  sessionLostListeners.add(listener);
  return () => {
    sessionLostListeners.delete(listener);
  };
}

/**
 * The one way the frontend talks to the API: JSON in, JSON out, the session cookie alongside. A
 * Blob body (an uploaded picture) is sent as it is, with its own type.
 */
export async function apiRequest<T>(method: Method, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  const init: RequestInit = { method, headers, credentials: 'same-origin' };
  if (body instanceof Blob) {
    headers['Content-Type'] = body.type || 'application/octet-stream';
    init.body = body;
  } else if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }

  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : 'Network error';
    throw new ApiError('network', 0, message);
  }

  if (!response.ok) {
    const error = await toApiError(response);
    if (error.code === 'unauthenticated') sessionLostListeners.forEach((listener) => listener());
    throw error;
  }
  if (response.status === 204) return undefined as T;

  const text = await response.text();
  if (!text) return undefined as T;
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new ApiError('unexpected_response', response.status, 'Response was not JSON');
  }
}

export const api = {
  get: <T>(path: string) => apiRequest<T>('GET', path),
  post: <T>(path: string, body?: unknown) => apiRequest<T>('POST', path, body ?? {}),
  patch: <T>(path: string, body: unknown) => apiRequest<T>('PATCH', path, body),
  put: <T>(path: string, body: unknown) => apiRequest<T>('PUT', path, body),
  delete: <T>(path: string, body?: unknown) => apiRequest<T>('DELETE', path, body),
};
