// Sign up → onboarding → home → log out → log in → home → 日本語 → settings → log out, on desktop and mobile.
import assert from 'node:assert/strict';
import { PASSWORD } from '../lib/members.mjs';

const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800, mobile: false },
  { name: 'mobile', width: 360, height: 740, mobile: true },
];

/** Picks a menu entry and waits for the menu to close, so screenshots show the page itself. */
async function chooseMenuItem(page, name) {
  await page.getByRole('menuitem', { name, exact: true }).click();
  await page.getByRole('menu').waitFor({ state: 'hidden' });
}

/** Opens a top-level destination: the header links on desktop, the collapsed menu on mobile. */
async function openNav(page, viewport, label, menuLabel) {
  if (viewport.mobile) {
    await page.getByRole('button', { name: menuLabel }).click();
    await chooseMenuItem(page, label);
  } else {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
  }
}

async function expectHeading(page, name) {
  await page.getByRole('heading', { name, exact: true }).waitFor({ state: 'visible' });
}

async function journey(browser, baseUrl, screenshot, viewport) {
  const context = await browser.newContext({
    viewport: { width: viewport.width, height: viewport.height },
    locale: 'en-US',
    reducedMotion: 'reduce', // no half-faded menus in screenshots
    timezoneId: 'Asia/Tokyo',
    isMobile: viewport.mobile,
    hasTouch: viewport.mobile,
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error));
  const shot = (name) => screenshot(page, `${viewport.name}-${name}`);
  const name = `E2E ${viewport.name}`;
  const email = `e2e-${viewport.name}-${Date.now()}@example.com`;

  try {
    // Landing, then sign up.
    await page.goto(baseUrl);
    await expectHeading(page, 'Turn introductions into lasting ties.');
    await shot('01-landing');
    await page.getByRole('link', { name: 'Create a free account' }).first().click();
    await expectHeading(page, 'Create your account');
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByLabel('Password', { exact: false }).first().fill(PASSWORD);
    await page.getByRole('textbox', { name: 'Display name' }).fill(name);
    const timeZone = await page.getByRole('combobox', { name: 'Time zone' }).inputValue();
    assert.match(timeZone, /Asia\/Tokyo/);
    await shot('02-signup');
    await page.getByRole('button', { name: 'Create account' }).click();

    // A new account goes on to the profile wizard; home is one click away.
    await expectHeading(page, 'Create your profile');
    assert.equal(new URL(page.url()).pathname, '/onboarding');
    await openNav(page, viewport, 'Home', 'Open menu');
    await expectHeading(page, `Welcome, ${name}`);
    assert.equal(new URL(page.url()).pathname, '/');
    await shot('03-home');

    // Log out from the account menu.
    await page.getByRole('button', { name: `Account menu for ${name}` }).click();
    await chooseMenuItem(page, 'Log out');
    await expectHeading(page, 'Turn introductions into lasting ties.');

    // Log in again.
    await openNav(page, viewport, 'Log in', 'Open menu');
    await expectHeading(page, 'Log in');
    await page.getByRole('textbox', { name: 'Email' }).fill(email);
    await page.getByLabel('Password', { exact: false }).first().fill(PASSWORD);
    await shot('04-login');
    await page.getByRole('button', { name: 'Log in', exact: true }).click();
    await expectHeading(page, `Welcome, ${name}`);

    // Switch to Japanese: the whole interface follows and the account remembers it.
    await page.getByRole('button', { name: /Change language/ }).click();
    await chooseMenuItem(page, '日本語');
    await expectHeading(page, `こんにちは、${name}さん`);
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
    await page.getByRole('link', { name: 'イベントを見る' }).waitFor();
    await shot('05-home-ja');

    // Settings, in Japanese, with the saved language selected.
    // Settings (and My profile) live in the account menu, on every screen size.
    await page.getByRole('button', { name: `${name}さんのアカウントメニュー` }).click();
    await chooseMenuItem(page, '設定');
    await expectHeading(page, 'アカウント設定');
    await page.getByRole('radio', { name: '日本語' }).waitFor();
    assert.equal(await page.getByRole('radio', { name: '日本語' }).isChecked(), true);
    await shot('06-settings-ja');

    // Log out from the settings page: back to the (Japanese) landing page.
    await page.getByRole('button', { name: 'ログアウト', exact: true }).click();
    await expectHeading(page, '出会いを、確かな「結び」に。');
    await shot('07-landing-ja');

    assert.deepEqual(
      pageErrors.map((e) => e.message),
      [],
      'the page threw uncaught errors',
    );
  } catch (error) {
    await shot('failure').catch(() => undefined);
    error.message = `[${viewport.name}] ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
}

export default async function authJourney({ browser, baseUrl, screenshot }) {
  for (const viewport of VIEWPORTS) {
    await journey(browser, baseUrl, screenshot, viewport);
  }
}
