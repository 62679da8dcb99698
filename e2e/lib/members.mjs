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
  // Sign-up cannot choose a role: `role: 'organiser'` asks to organise, and the run's admin grants it.
  const organiserRequest = role === 'organiser' ? { organiserRequest: { note: 'E2E events' } } : {};
  await call(
    'POST',
    '/api/auth/register',
    { email, password: PASSWORD, displayName, language, timeZone, ...organiserRequest },
    [200, 201, 202],
  );
  await call('POST', '/api/auth/login', { email, password: PASSWORD }, [200]);
  if (role === 'organiser') await grantOrganiser(baseUrl, email);
  if (profile) {
    const created = await call('PUT', '/api/profiles/me', profile, [200, 201]);
    return (await created.json()).profile;
  }
  return null;
}

const adminCookies = new Map();

/** The session cookie of the run's admin (E2E_ADMIN_EMAIL / E2E_ADMIN_PASSWORD, set by run.mjs). */
async function adminCookie(baseUrl) {
  if (adminCookies.has(baseUrl)) return adminCookies.get(baseUrl);
  const email = process.env.E2E_ADMIN_EMAIL;
  const password = process.env.E2E_ADMIN_PASSWORD;
  assert.ok(email && password, 'organisers need an admin: set E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD');
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) assert.fail(`admin login: ${response.status} ${await response.text()}`);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  adminCookies.set(baseUrl, cookie);
  return cookie;
}

/** The run's admin grants the pending request to organise events of `email`, as on the admin page. */
async function grantOrganiser(baseUrl, email) {
  const headers = { Cookie: await adminCookie(baseUrl), Origin: baseUrl };
  let cursor = null;
  do {
    const query = new URLSearchParams({ limit: '100', ...(cursor ? { cursor } : {}) });
    const response = await fetch(`${baseUrl}/api/admin/organiser-requests?${query}`, { headers });
    if (response.status !== 200) assert.fail(`organiser requests: ${response.status} ${await response.text()}`);
    const page = await response.json();
    const request = page.items.find((item) => item.email === email.toLowerCase());
    if (request) {
      const granted = await fetch(`${baseUrl}/api/admin/organiser-requests/${request.userId}/grant`, {
        method: 'POST',
        headers,
      });
      if (granted.status !== 200) assert.fail(`grant: ${granted.status} ${await granted.text()}`);
      return;
    }
    cursor = page.nextCursor;
  } while (cursor);
  assert.fail(`no pending request to organise events from ${email}`);
}
