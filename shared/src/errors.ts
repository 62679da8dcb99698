/** Stable error codes: the frontend maps each one to a translated message. */
export const ERROR_CODES = [
  'bad_request',
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'forbidden_origin',
  'not_found',
  'conflict',
  'version_conflict',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'service_unavailable',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorIssue {
  path: string;
  message: string;
}

/** The one JSON shape every 4xx/5xx response body has. */
export interface ApiErrorBody {
  error: {
    code: ErrorCode;
    message: string;
    details?: { issues?: ApiErrorIssue[]; retryAfterSeconds?: number; [key: string]: unknown };
  };
}
