// Matching: a startup seeking design is suggested a creator offering it, with the reason shown;
// saves, dismisses and undoes; finds the creator through the app bar search in English and
// Japanese; then sees the reasons in Japanese. A member without a profile is invited to create one.
// The server starts empty (SEED_DEMO=false), so both members are created through the API.
import assert from 'node:assert/strict';
import { createMember, DESKTOP, newContext, PHONE } from '../lib/members.mjs';

const STARTUP = {
  kind: 'startup',
  name: { ja: 'スマートシティ・ラボ', en: 'Smart City Lab' },
  headline: { ja: 'AIで横浜の街づくりを支えるスタートアップ', en: 'AI for smarter streets in Yokohama' },
  description: {
    ja: '都市計画のためのAIツールを開発しています。市民向けアプリのデザインを一緒に考えてくれる方を探しています。',
    en: 'We build AI tools for city planners and are looking for a designer for our citizen app.',
  },
  tags: ['ai', 'smart-city'],
  offers: [{ category: 'poc-partner', text: 'Pilot sites around Minato Mirai' }],
  seeks: [{ category: 'design', text: 'UX design for our citizen app' }],
  location: { area: 'yokohama', city: 'Minato Mirai' },
  languages: ['ja', 'en'],
  visibility: 'members',
  startup: { stage: 'seed' },
};

const CREATOR = {
  kind: 'creator',
  name: { ja: 'デザイン工房 結', en: 'Yui Design Works' },
  headline: { ja: 'UXデザインとイラストのスタジオ', en: 'UX design and illustration studio' },
  description: {
    ja: 'スタートアップのUXデザイン、プロトタイピング、イラスト制作を手がけています。AIを使ったサービスが得意です。',
    en: 'We do UX design, prototyping and illustration for startups, especially services built on AI.',
  },
  tags: ['design', 'ai'],
  offers: [{ category: 'design', text: 'UX design, prototyping and illustration' }],
  seeks: [{ category: 'co-creation', text: 'Startups building with AI' }],
  location: { area: 'shibuya' },
  languages: ['ja', 'en'],
  visibility: 'members',
  creator: { disciplines: ['UX design', 'Illustration'], portfolioLinks: [] },
};

/** Full-page screenshots at 1280 px and at 360 px, back at desktop width afterwards. */
async function shotBoth(page, screenshot, name, { whilePhone } = {}) {
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300); // let the layout settle on its breakpoints
  if (whilePhone) await whilePhone();
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await screenshot(page, `${name}-360`);
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(300);
}

/** The app bar has no horizontal overflow: everything in it fits the viewport. */
async function assertHeaderFits(page) {
  const overflow = await page.evaluate(() => {
    const bar = globalThis.document.querySelector('header');
    return bar ? bar.scrollWidth - bar.clientWidth : 0;
  });
  assert.ok(overflow <= 0, `the app bar overflows by ${overflow} px`);
}

async function suggestionsJourney(browser, baseUrl, screenshot) {
  const stamp = Date.now();
  const creatorContext = await newContext(browser, 'ja-JP');
  const creator = await createMember(creatorContext, baseUrl, {
    email: `e2e-match-creator-${stamp}@example.com`,
    displayName: '結 デザイナー',
    language: 'ja',
    profile: CREATOR,
  });
  await creatorContext.close();

  const context = await newContext(browser, 'en-US');
  await createMember(context, baseUrl, {
    email: `e2e-match-startup-${stamp}@example.com`,
    displayName: 'Smart City Founder',
    language: 'en',
    profile: STARTUP,
  });
  const page = await context.newPage();
  const profileLink = `a[href="/profiles/${creator.id}"]`;
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  try {
    // Home leads to the suggestions.
    await page.goto(`${baseUrl}/`);
    await page
      .getByRole('region', { name: 'Suggested for you' })
      .getByRole('link', { name: 'See suggestions' })
      .click();
    await page.getByRole('heading', { name: 'Suggested for you', level: 1 }).waitFor();
    assert.equal(new URL(page.url()).pathname, '/suggestions');

    // The creator is suggested, because they offer the design the startup seeks.
    // Found by its link rather than its name, so that reruns against one server see only this run's creator.
    const cardOf = (name) => page.getByRole('article', { name }).filter({ has: page.locator(profileLink) });
    const card = cardOf(CREATOR.name.en);
    await card.waitFor();
    const designChip = card.locator('[data-reason="they-offer-you-seek"]', { hasText: 'Design' });
    await designChip.waitFor();
    assert.match(await card.getByRole('list', { name: 'Why we suggest them' }).innerText(), /Design/);
    const score = Number(await card.getByRole('meter', { name: 'Match strength' }).getAttribute('aria-valuenow'));
    assert.ok(score > 0 && score <= 100, `score ${score}`);
    await designChip.hover();
    await page.getByRole('tooltip').waitFor();
    await screenshot(page, '01-suggestions-tooltip-1280');
    await page.mouse.move(0, 0);
    await page.getByRole('tooltip').waitFor({ state: 'hidden' });
    await shotBoth(page, screenshot, '02-suggestions-en', { whilePhone: () => assertHeaderFits(page) });

    // Save, then find them under Saved.
    // Exact: the Saved tab's cards have "Remove from saved", which a substring match would also take.
    const save = card.getByRole('button', { name: 'Save', exact: true });
    await save.click();
    await page.getByText(`Saved ${CREATOR.name.en}.`).waitFor();
    assert.equal(await save.getAttribute('aria-pressed'), 'true');
    await page.getByRole('tab', { name: 'Saved' }).click();
    await page.waitForURL(/\/suggestions\/saved$/);
    await cardOf(CREATOR.name.en).waitFor();
    await shotBoth(page, screenshot, '03-saved-en');
    await page.getByRole('tab', { name: 'Suggestions' }).click();
    await page.waitForURL(/\/suggestions$/);
    await card.waitFor();
    assert.equal(await save.getAttribute('aria-pressed'), 'true');

    // Dismiss takes the card away; Undo brings it back (and keeps it saved).
    await card.getByRole('button', { name: 'Dismiss' }).click();
    await card.waitFor({ state: 'detached' });
    await page.getByText(`${CREATOR.name.en} won't be suggested again.`).waitFor();
    await screenshot(page, '04-dismissed-1280');
    await page.getByRole('button', { name: 'Undo' }).click();
    await card.waitFor();
    await page.getByText(`${CREATOR.name.en} is back in the list.`).waitFor();
    const saved = await (await page.request.get(`${baseUrl}/api/matches/saved`)).json();
    assert.deepEqual(
      saved.items.map((profile) => profile.id),
      [creator.id],
    );
    // The undo reached the server: a reload still suggests them.
    await page.reload();
    await card.waitFor();

    // The app bar search finds them, in English…
    const banner = page.getByRole('banner');
    await banner.getByRole('searchbox', { name: 'Search profiles' }).fill('design');
    await banner.getByRole('searchbox', { name: 'Search profiles' }).press('Enter');
    await page.getByRole('heading', { name: 'Results for “design”', level: 1 }).waitFor();
    await page.getByRole('main').locator(profileLink).waitFor();
    await screenshot(page, '05-search-en-1280');

    // …and in Japanese, from the icon on a phone.
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await banner.getByRole('button', { name: 'Search' }).click();
    const phoneField = banner.getByRole('searchbox', { name: 'Search profiles' });
    await phoneField.fill('デザイン');
    await screenshot(page, '06-search-open-360');
    await phoneField.press('Enter');
    await page.getByRole('heading', { name: 'Results for “デザイン”', level: 1 }).waitFor();
    await page.getByRole('main').locator(profileLink).waitFor();
    await page.evaluate(() => globalThis.scrollTo(0, 0));
    await screenshot(page, '07-search-ja-query-360');
    await page.setViewportSize(DESKTOP);
    await page.waitForTimeout(300);

    // In Japanese, the reasons come in Japanese too.
    await page.goto(`${baseUrl}/suggestions`);
    await card.waitFor();
    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: '日本語' }).click();
    await page.getByRole('heading', { name: 'あなたへのおすすめ', level: 1 }).waitFor();
    const cardJa = cardOf(CREATOR.name.ja);
    await cardJa.locator('[data-reason="they-offer-you-seek"]', { hasText: 'デザイン' }).waitFor();
    assert.match(await cardJa.getByRole('list', { name: 'おすすめの理由' }).innerText(), /デザイン/);
    await shotBoth(page, screenshot, '08-suggestions-ja', { whilePhone: () => assertHeaderFits(page) });
    await page.getByRole('navigation', { name: 'メインメニュー' }).getByRole('link', { name: 'ホーム' }).click();
    await page.getByRole('region', { name: 'あなたへのおすすめ' }).waitFor();
    await shotBoth(page, screenshot, '09-home-ja');

    assert.deepEqual(
      errors.map((e) => e.message),
      [],
      'the page threw uncaught errors',
    );
  } catch (error) {
    await screenshot(page, 'a-failure').catch(() => undefined);
    error.message = `[suggestions] ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
}

async function profileRequiredJourney(browser, baseUrl, screenshot) {
  const context = await newContext(browser, 'ja-JP');
  await createMember(context, baseUrl, {
    email: `e2e-match-newcomer-${Date.now()}@example.com`,
    displayName: '新しい 会員',
    language: 'ja',
  });
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}/suggestions`);
    await page.getByRole('heading', { name: 'プロフィールを作成すると、おすすめが表示されます' }).waitFor();
    await shotBoth(page, screenshot, '10-profile-required-ja');
    await page.getByRole('link', { name: 'プロフィールを作成', exact: true }).click();
    await page.waitForURL(/\/onboarding$/);
  } catch (error) {
    await screenshot(page, 'b-failure').catch(() => undefined);
    error.message = `[profile required] ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
}

export default async function matchingJourney({ browser, baseUrl, screenshot }) {
  await suggestionsJourney(browser, baseUrl, screenshot);
  await profileRequiredJourney(browser, baseUrl, screenshot);
}
