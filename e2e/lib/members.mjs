// Helpers shared by journeys that create members through the API rather than the UI.
import assert from 'node:assert/strict';

export const PASSWORD = 'correct horse battery staple';
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

/** A desktop-sized browser context in Tokyo time with reduced motion. */
export async function newContext(browser, locale) {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale,
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Tokyo',
  });
  context.setDefaultTimeout(20_000);
  return context;
}

/** Register → log in → PUT /api/profiles/me through the context's own cookie jar, as the browser would. */
export async function createMember(
  context,
  baseUrl,
  { email, displayName, language, profile, timeZone = 'Asia/Tokyo', role },
) {
  const headers = { Origin: baseUrl };
  const call = async (method, path, data, expected) => {
    const response = await context.request.fetch(`${baseUrl}${path}`, { method, data, headers });
    assert.ok(
      expected.includes(response.status()),
      `${method} ${path}: expected ${expected.join('/')}, got ${response.status()} ${await response.text()}`,
    );
    return response;
  };
  await call(
    'POST',
    '/api/auth/register',
    // `role: 'organiser'` signs up an event organiser; members leave it out.
    { email, password: PASSWORD, displayName, language, timeZone, ...(role ? { role } : {}) },
    [200, 201, 202],
  );
  await call('POST', '/api/auth/login', { email, password: PASSWORD }, [200]);
  if (profile) {
    const created = await call('PUT', '/api/profiles/me', profile, [200, 201]);
    return (await created.json()).profile;
  }
  return null;
}
