import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { mockApi } from '../test/fakes';
import { ApiError, apiRequest } from './client';
import { describeApiError } from './errors';

async function caught(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected the request to fail');
}

describe('apiRequest', () => {
  it('when the server answers with an error body, throws an ApiError with its code, status and details', async () => {
    const issues = [{ path: 'email', message: 'Invalid email' }];
    mockApi({
      'POST /api/auth/login': {
        status: 400,
        body: {
          error: { code: 'validation_failed', message: 'Invalid input', details: { issues } },
        },
      },
    });

    const error = await caught(apiRequest('POST', '/api/auth/login', { email: 'x' }));

    expect(error).toBeInstanceOf(ApiError);
    expect(error.code).toBe('validation_failed');
    expect(error.status).toBe(400);
    expect(error.message).toBe('Invalid input');
    expect(error.issues).toEqual(issues);
  });

  it('sends JSON with same-origin credentials', async () => {
    const api = mockApi({ 'PATCH /api/me': { status: 200, body: { ok: true } } });

    await expect(apiRequest('PATCH', '/api/me', { language: 'ja' })).resolves.toEqual({ ok: true });

    const init = api.fetchMock.mock.calls[0]?.[1];
    expect(init?.credentials).toBe('same-origin');
    expect(init?.headers).toMatchObject({ 'Content-Type': 'application/json' });
    expect(api.requests[0]?.body).toEqual({ language: 'ja' });
  });

  it('when rate limited, takes the wait from Retry-After if the body has none', async () => {
    mockApi({
      'POST /api/auth/login': {
        status: 429,
        headers: { 'Retry-After': '120' },
        body: { error: { code: 'rate_limited', message: 'Too many attempts' } },
      },
    });
    const error = await caught(apiRequest('POST', '/api/auth/login', {}));
    expect(error.code).toBe('rate_limited');
    expect(error.details?.retryAfterSeconds).toBe(120);
  });

  it('when the answer is 204, resolves to undefined', async () => {
    mockApi({ 'POST /api/auth/logout': { status: 204 } });
    await expect(apiRequest('POST', '/api/auth/logout', {})).resolves.toBeUndefined();
  });

  it('when the body is not our error shape (a proxy page), falls back to a code for the status', async () => {
    mockApi({ 'GET /api/me': { status: 502, body: '<html>Bad gateway</html>' } });
    const error = await caught(apiRequest('GET', '/api/me'));
    expect(error.code).toBe('service_unavailable');
    expect(error.status).toBe(502);
  });

  it('when the network fails, throws an ApiError with code network and status 0', async () => {
    const api = mockApi({});
    api.fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    const error = await caught(apiRequest('GET', '/api/me'));
    expect(error.code).toBe('network');
    expect(error.status).toBe(0);
  });
});

describe('describeApiError', () => {
  const t = i18n.getFixedT('en');

  it('translates the code and points at the fields in details.issues', () => {
    const error = new ApiError('validation_failed', 400, 'Invalid input', {
      issues: [{ path: 'displayName', message: 'Too long' }],
    });
    expect(describeApiError(error, t)).toEqual({
      message: "Some of the information you entered isn't valid.",
      fieldErrors: { displayName: 'Please check this field.' },
    });
  });

  it('tells how long to wait when rate limited', () => {
    const error = new ApiError('rate_limited', 429, 'Too many', { retryAfterSeconds: 600 });
    expect(describeApiError(error, t).message).toBe('Too many attempts. Please try again in about 10 min.');
  });

  it('in Japanese, uses the Japanese message', () => {
    const error = new ApiError('invalid_credentials', 401, 'Invalid credentials');
    expect(describeApiError(error, i18n.getFixedT('ja')).message).toBe(
      'メールアドレスまたはパスワードが正しくありません。',
    );
  });

  it('for anything that is not an ApiError, gives the generic message', () => {
    expect(describeApiError(new Error('boom'), t).message).toBe('Something went wrong on our side. Please try again.');
  });
});
