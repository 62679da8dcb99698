// A creator signs up in Japanese and completes the onboarding wizard; a second new member (in
// English, another browser context) finds that profile in the directory by kind and tag and opens it.
import assert from 'node:assert/strict';
import { DESKTOP, PASSWORD, PHONE } from '../lib/members.mjs';

const CREATOR = {
  ja: { name: '結びデザイン室', headline: '横浜のUX・イラストスタジオ' },
  en: { name: 'Musubi Design Room', headline: 'UX and illustration studio in Yokohama' },
};
// A 1×1 vermillion PNG: enough to prove the raw-body upload end to end.
const AVATAR_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGM4rmMBAAMRAXKyVdw8AAAAAElFTkSuQmCC',
  'base64',
);

async function newMember(browser, locale) {
  const context = await browser.newContext({
    viewport: DESKTOP,
    locale,
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Tokyo',
  });
  context.setDefaultTimeout(15_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error));
  return { context, page, errors };
}

/** Full-page screenshots at 1280 px and at 360 px, back at desktop width afterwards. */
async function shotBoth(page, screenshot, name) {
  // From the top: a full-page shot taken while scrolled paints the sticky app bar mid-page.
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await screenshot(page, `${name}-1280`);
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(250); // let the layout settle on its breakpoints
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await screenshot(page, `${name}-360`);
  await page.setViewportSize(DESKTOP);
  await page.waitForTimeout(250);
}

async function expectHeading(page, name, level) {
  await page.getByRole('heading', { name, exact: true, level }).waitFor({ state: 'visible' });
}

async function signUp(page, baseUrl, { email, displayName, labels }) {
  await page.goto(`${baseUrl}/signup`);
  await expectHeading(page, labels.title, 1);
  await page.getByRole('textbox', { name: labels.email }).fill(email);
  await page.getByLabel(labels.password, { exact: false }).first().fill(PASSWORD);
  await page.getByRole('textbox', { name: labels.displayName }).fill(displayName);
  await page.getByRole('button', { name: labels.submit }).click();
}

async function pickOption(page, combobox, text, option) {
  await combobox.fill(text);
  await page.getByRole('option', { name: option }).first().click();
}

async function completeOnboardingInJapanese(page, screenshot) {
  const next = page.getByRole('button', { name: '次へ', exact: true });

  await expectHeading(page, 'プロフィールの種別', 2);
  await page.getByRole('radio', { name: 'クリエイター' }).check();
  await shotBoth(page, screenshot, 'a-02-kind');
  await next.click();

  await expectHeading(page, '基本情報', 2);
  await page.getByRole('textbox', { name: '名前（日本語）' }).fill(CREATOR.ja.name);
  await page.getByRole('textbox', { name: 'キャッチコピー（日本語）' }).fill(CREATOR.ja.headline);
  await page
    .getByRole('textbox', { name: '紹介文（日本語）' })
    .fill(
      'みなとみらいを拠点に、スタートアップのUXデザインとイラストを手がけています。\n実証実験の段階から一緒に考えるのが得意です。',
    );
  await page.getByRole('textbox', { name: '名前（英語）' }).fill(CREATOR.en.name);
  await page.getByRole('textbox', { name: 'キャッチコピー（英語）' }).fill(CREATOR.en.headline);
  await page
    .getByRole('textbox', { name: '紹介文（英語）' })
    .fill('We design UX and draw illustrations for startups, from the first proof of concept onwards.');
  await page.getByRole('combobox', { name: /^エリア/ }).selectOption({ label: '横浜' });
  await page.getByRole('textbox', { name: '市区町村・地域' }).fill('みなとみらい');
  await pickOption(page, page.getByRole('combobox', { name: '対応できる言語' }), '英語', '英語');
  const disciplines = page.getByRole('combobox', { name: '専門分野' });
  await disciplines.fill('イラスト');
  await disciplines.press('Enter');
  await disciplines.fill('UXデザイン');
  await disciplines.press('Enter');
  await shotBoth(page, screenshot, 'a-03-basics');
  await next.click();

  await expectHeading(page, 'タグ', 2);
  const tags = page.getByRole('combobox', { name: 'タグ' });
  // Unconverted IME input (hiragana) finds 人工知能; the English label is shown beside it.
  await pickOption(page, tags, 'じんこう', /^AI・人工知能/);
  await pickOption(page, tags, 'UX', /^UX\/UIデザイン/);
  await tags.fill('横浜ビール');
  await tags.press('Enter');
  await page.getByRole('button', { name: '横浜ビール' }).waitFor();
  await shotBoth(page, screenshot, 'a-04-tags');
  await next.click();

  await expectHeading(page, '提供できること・探していること', 2);
  await page.getByRole('button', { name: '提供できることを追加' }).click();
  await page.getByRole('combobox', { name: /^提供できること1：カテゴリ/ }).selectOption({ label: 'デザイン' });
  await page.getByRole('textbox', { name: '詳細（任意）' }).first().fill('UXリサーチ、プロトタイピング、イラスト制作');
  await page.getByRole('button', { name: '探していることを追加' }).click();
  await page.getByRole('combobox', { name: /^探していること1：カテゴリ/ }).selectOption({ label: '共創' });
  await page.getByRole('textbox', { name: '詳細（任意）' }).nth(1).fill('ヘルスケア分野のスタートアップ');
  await shotBoth(page, screenshot, 'a-05-needs');
  await next.click();

  await expectHeading(page, 'リンク', 2);
  await page.getByRole('textbox', { name: 'ウェブサイト' }).fill('https://musubi-design.example.jp');
  await page.getByRole('button', { name: 'ポートフォリオを追加' }).click();
  await page.getByRole('textbox', { name: 'ポートフォリオ1のURL' }).fill('https://portfolio.example.jp/musubi');
  await next.click();

  await expectHeading(page, '公開設定', 2);
  assert.equal(await page.getByRole('radio', { name: 'メンバーのみ' }).isChecked(), true);
  await page.getByRole('textbox', { name: '連絡用メールアドレス' }).fill('hello@musubi-design.example.jp');
  await shotBoth(page, screenshot, 'a-06-privacy');
  await next.click();

  await expectHeading(page, '内容の確認', 2);
  await expectHeading(page, CREATOR.ja.name, 2);
  await shotBoth(page, screenshot, 'a-07-review');
  await page.getByRole('button', { name: 'プロフィールを作成', exact: true }).click();
}

async function creatorJourney(browser, baseUrl, screenshot) {
  const { context, page, errors } = await newMember(browser, 'ja-JP');
  try {
    await signUp(page, baseUrl, {
      email: `e2e-creator-${Date.now()}@example.com`,
      displayName: '結び 花子',
      labels: {
        title: 'アカウントを作成',
        email: 'メールアドレス',
        password: 'パスワード',
        displayName: '表示名',
        submit: '登録する',
      },
    });
    // A new account goes straight on to the profile wizard, in Japanese.
    await expectHeading(page, 'プロフィールを作成', 1);
    assert.equal(new URL(page.url()).pathname, '/onboarding');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ja');
    await completeOnboardingInJapanese(page, screenshot);

    await expectHeading(page, CREATOR.ja.name, 1);
    assert.equal(new URL(page.url()).pathname, '/profile');
    await page.getByText('プロフィールを作成しました。').waitFor();
    await page.getByLabel('プロフィール写真を選択').setInputFiles({
      name: 'avatar.png',
      mimeType: 'image/png',
      buffer: AVATAR_PNG,
    });
    await page.getByText('写真を更新しました。').waitFor();
    await page.getByRole('heading', { name: '連絡先' }).waitFor();
    await shotBoth(page, screenshot, 'a-08-profile-ja');

    // Editing saves against the loaded version.
    await page.getByRole('link', { name: 'プロフィールを編集' }).click();
    await expectHeading(page, 'プロフィールを編集', 1);
    const headline = page.getByRole('textbox', { name: 'キャッチコピー（日本語）' });
    await headline.fill(`${CREATOR.ja.headline}（PoC歓迎）`);
    await shotBoth(page, screenshot, 'a-09-edit');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('プロフィールを保存しました。').waitFor();
    await page.getByText(`${CREATOR.ja.headline}（PoC歓迎）`).waitFor();
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
      'the page threw uncaught errors',
    );
  } catch (error) {
    await screenshot(page, 'a-failure').catch(() => undefined);
    error.message = `[creator] ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
}

async function finderJourney(browser, baseUrl, screenshot) {
  const { context, page, errors } = await newMember(browser, 'en-US');
  try {
    await signUp(page, baseUrl, {
      email: `e2e-finder-${Date.now()}@example.com`,
      displayName: 'E2E Finder',
      labels: {
        title: 'Create your account',
        email: 'Email',
        password: 'Password',
        displayName: 'Display name',
        submit: 'Create account',
      },
    });
    await expectHeading(page, 'Create your profile', 1);
    // Home offers the wizard for as long as there is no profile.
    await page.getByRole('navigation').getByRole('link', { name: 'Home', exact: true }).click();
    await expectHeading(page, 'Create your profile', 2);
    await shotBoth(page, screenshot, 'b-00-home-offer');

    await page.getByRole('navigation').getByRole('link', { name: 'Directory', exact: true }).click();
    await expectHeading(page, 'Directory', 1);
    const filters = page.getByRole('region', { name: 'Filters' });
    // A click, not check(): the box follows the URL, which updates a moment later.
    await filters.getByRole('checkbox', { name: 'Creator' }).click();
    await page.waitForURL(/[?&]kind=creator/);
    await pickOption(page, filters.getByRole('combobox', { name: 'Tags' }), 'AI', /^AI AI・人工知能/);
    await page.waitForURL(/[?&]tags=ai/);
    const card = page.getByRole('link', { name: CREATOR.en.name }).first();
    await card.waitFor();
    await shotBoth(page, screenshot, 'b-01-directory-filtered');

    // On a phone the filters live in a drawer.
    await page.setViewportSize(PHONE);
    await page.getByRole('button', { name: /Filters/ }).click();
    await page.getByRole('dialog', { name: 'Filters' }).waitFor();
    await page.waitForTimeout(250);
    await screenshot(page, 'b-02-directory-drawer-360');
    await page.getByRole('button', { name: 'Show results' }).click();
    await page.getByRole('dialog', { name: 'Filters' }).waitFor({ state: 'hidden' });
    await page.setViewportSize(DESKTOP);

    await card.click();
    await expectHeading(page, CREATOR.en.name, 1);
    assert.match(new URL(page.url()).pathname, /^\/profiles\/[0-9a-f]{24}$/);
    // Contact details stay private until the two have met or talked.
    assert.equal(await page.getByRole('heading', { name: 'Contact' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Edit profile' }).count(), 0);
    await shotBoth(page, screenshot, 'b-03-profile-en');

    await page.getByRole('button', { name: '日本語', exact: true }).click();
    await expectHeading(page, CREATOR.ja.name, 1);
    await shotBoth(page, screenshot, 'b-04-profile-ja-text');

    // Printed, the card stands alone: no app bar, footer or buttons.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.getByRole('banner').isVisible(), false);
    assert.equal(await page.getByRole('button', { name: 'Print' }).isVisible(), false);
    await screenshot(page, 'b-05-profile-print-1280');
    await page.emulateMedia({ media: 'screen' });
    assert.deepEqual(
      errors.map((e) => e.message),
      [],
      'the page threw uncaught errors',
    );
  } catch (error) {
    await screenshot(page, 'b-failure').catch(() => undefined);
    error.message = `[finder] ${error.message}`;
    throw error;
  } finally {
    await context.close();
  }
}

export default async function profilesJourney({ browser, baseUrl, screenshot }) {
  await creatorJourney(browser, baseUrl, screenshot);
  await finderJourney(browser, baseUrl, screenshot);
}
