// Open calls: a corporate member posts a PoC call and opens it; a startup member (in Japanese)
// finds it under 「あなたへのおすすめ公募」 on the suggestions page, applies with a pitch; the
// corporate shortlists the application and opens a conversation, which the Messages page shows.
// The server starts empty (SEED_DEMO=false), so both members are created through the API.
import assert from 'node:assert/strict';
import { assertNoHorizontalOverflow, settleLayout, shot } from '../lib/layout.mjs';
import { createMember, DESKTOP, newContext, PHONE } from '../lib/members.mjs';

const CORPORATE = {
  kind: 'corporate',
  name: { ja: 'みなと鉄道', en: 'Minato Railway' },
  headline: { ja: '駅と街の実証実験を進めています', en: 'Running PoCs in stations and streets' },
  description: {
    ja: '横浜の駅を実証フィールドとして提供します。',
    en: 'We offer our Yokohama stations as test fields.',
  },
  tags: ['smart-city', 'mobility'],
  offers: [{ category: 'space-venue', text: 'Stations as test fields' }],
  seeks: [{ category: 'poc-partner', text: 'Crowd sensing and smart-city startups' }],
  location: { area: 'yokohama', city: 'Minato Mirai' },
  languages: ['ja', 'en'],
  visibility: 'members',
  corporate: { industry: 'Railways', size: '1000+', programmes: [] },
};

const STARTUP = {
  kind: 'startup',
  name: { ja: 'スマートシティ・ラボ', en: 'Smart City Lab' },
  headline: { ja: 'AIで駅の混雑を見える化', en: 'AI that makes station crowding visible' },
  description: {
    ja: 'AIカメラとセンサーで人流を解析しています。実証実験のフィールドとデータを探しています。',
    en: 'We analyse people flow with AI cameras and sensors, and look for test fields and data.',
  },
  tags: ['ai', 'smart-city', 'mobility'],
  offers: [{ category: 'poc-partner', text: 'Crowd sensing PoC in four weeks' }],
  seeks: [
    { category: 'space-venue', text: 'A station to test in' },
    { category: 'data', text: 'Ticket-gate data' },
  ],
  location: { area: 'yokohama', city: 'Kannai' },
  languages: ['ja', 'en'],
  visibility: 'members',
  startup: { stage: 'seed' },
};

const STARTUP_PERSON = '佐藤 陽子';
const TITLE_EN = 'PoC: easing crowding at Minato stations';
const TITLE_JA = 'みなと駅の混雑緩和 実証実験';

/** Full-page screenshots at 1280 px and 360 px (no overflow there), back at desktop width afterwards. */
async function shotBoth(page, screenshot, name) {
  await page.evaluate(() => globalThis.scrollTo(0, 0));
  await shot(page, screenshot, `${name}-1280`, DESKTOP);
  await shot(page, screenshot, `${name}-360`, PHONE);
  await assertNoHorizontalOverflow(page);
  await page.setViewportSize(DESKTOP);
  await settleLayout(page, DESKTOP);
}

/** A date `days` from now as the date input wants it (yyyy-mm-dd, Tokyo). */
function dateIn(days) {
  return new Date(Date.now() + days * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Asia/Tokyo' });
}

export default async function callsJourney({ browser, baseUrl, screenshot }) {
  const stamp = Date.now();
  const corpContext = await newContext(browser, 'en-US');
  await createMember(corpContext, baseUrl, {
    email: `e2e-calls-corp-${stamp}@example.com`,
    displayName: 'Kenji Mori',
    language: 'en',
    profile: CORPORATE,
  });
  const startupContext = await newContext(browser, 'ja-JP');
  const startup = await createMember(startupContext, baseUrl, {
    email: `e2e-calls-startup-${stamp}@example.com`,
    displayName: STARTUP_PERSON,
    language: 'ja',
    profile: STARTUP,
  });
  const corp = await corpContext.newPage();
  const member = await startupContext.newPage();
  const errors = [];
  corp.on('pageerror', (error) => errors.push(error));
  member.on('pageerror', (error) => errors.push(error));

  try {
    // 1. The corporate posts a call from "Open calls" in the main navigation.
    await corp.goto(`${baseUrl}/`);
    await corp.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Open calls' }).click();
    await corp.getByRole('heading', { name: 'Open calls', level: 1 }).waitFor();
    await corp.getByRole('link', { name: 'Post a call' }).click();
    await corp.getByRole('heading', { name: 'Post an open call', level: 1 }).waitFor();
    // Empty: the shared schema's checks, in words.
    await corp.getByRole('button', { name: 'Save as draft' }).click();
    await corp.getByText('Choose a deadline date.').waitFor();
    await corp.getByLabel('Title (Japanese)').fill(TITLE_JA);
    await corp.getByLabel('Title (English)').fill(TITLE_EN);
    await corp
      .getByLabel('Challenge (English)')
      .fill('Rush-hour crowding at our stations: we want AI crowd sensing startups to test in a real station.');
    await corp.getByLabel('Challenge (Japanese)').fill('ラッシュ時の駅の混雑を、AIによる人流解析で緩和したい。');
    const tags = corp.getByRole('combobox', { name: 'Tags' });
    for (const tag of ['AI', 'Smart city']) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
    await corp.getByRole('checkbox', { name: 'Field / venue' }).check();
    await corp.getByRole('checkbox', { name: 'Data' }).check();
    await corp.getByRole('checkbox', { name: 'Startup' }).check();
    await corp.getByLabel('Date').fill(dateIn(30));
    await corp.getByLabel('Time', { exact: true }).fill('18:00');
    await shotBoth(corp, screenshot, '01-form-en');
    await corp.getByRole('button', { name: 'Save as draft' }).click();
    await corp.getByRole('heading', { name: TITLE_EN, level: 1 }).waitFor();
    const callUrl = new URL(corp.url());
    assert.match(callUrl.pathname, /^\/calls\/[0-9a-f]{24}$/);
    await corp.getByText('Draft', { exact: true }).first().waitFor();

    // 2. Open it, after a confirmation.
    await corp.getByRole('button', { name: 'Open for applications' }).click();
    const openDialog = corp.getByRole('dialog', { name: 'Open this call?' });
    await openDialog.getByRole('button', { name: 'Open for applications' }).click();
    await openDialog.waitFor({ state: 'hidden' });
    await corp.getByRole('button', { name: 'Close', exact: true }).waitFor();
    await corp.getByText('30 days left').or(corp.getByText('29 days left')).first().waitFor();
    await shotBoth(corp, screenshot, '02-call-poster-en');

    // 3. The startup sees it under "Open calls for you" on the suggestions page (in Japanese).
    const forYou = member.getByRole('region', { name: 'あなたへのおすすめ公募' });
    const callCard = forYou.getByRole('article', { name: TITLE_JA });
    for (let attempt = 0; ; attempt += 1) {
      await member.goto(`${baseUrl}/suggestions`);
      await member.getByRole('heading', { name: 'おすすめ', level: 1 }).or(member.getByRole('main')).first().waitFor();
      try {
        await callCard.waitFor({ timeout: 5000 });
        break;
      } catch (error) {
        // The matching index may still be warming up on a fresh server.
        if (attempt >= 5) throw error;
      }
    }
    const score = Number(await callCard.getByRole('meter').getAttribute('aria-valuenow'));
    assert.ok(score > 0, `score ${score}`);
    await callCard.getByRole('list').last().waitFor();
    await shotBoth(member, screenshot, '03-for-you-ja');

    // 4. Applies with a pitch and a link.
    await callCard.getByRole('link', { name: TITLE_JA }).click();
    await member.getByRole('heading', { name: TITLE_JA, level: 1 }).waitFor();
    await member.getByRole('button', { name: '応募する' }).click();
    const apply = member.getByRole('dialog', { name: `「${TITLE_JA}」に応募する` });
    await apply.getByLabel('ピッチ（日本語）').fill('関内駅で人流解析の実績があります。4週間で実証できます。');
    await apply.getByRole('button', { name: 'リンクを追加' }).click();
    await apply.getByLabel('リンク1', { exact: true }).fill('https://smartcity-lab.example/deck');
    await screenshot(member, '04-apply-dialog-ja-1280');
    await apply.getByRole('button', { name: '応募を送信' }).click();
    await apply.waitFor({ state: 'hidden' });
    await member.getByText('応募を送信しました。').waitFor();
    await member.getByRole('button', { name: '応募を取り下げる' }).waitFor();
    await shotBoth(member, screenshot, '05-applied-ja');

    // 5. The corporate sees the application (with the bell), shortlists it after a confirmation.
    await corp.reload();
    const application = corp.getByRole('article', { name: STARTUP.name.en });
    await application.waitFor();
    await application.getByRole('link', { name: 'https://smartcity-lab.example/deck' }).waitFor();
    await application.getByRole('button', { name: 'Shortlist' }).click();
    const confirm = corp.getByRole('dialog', { name: `Shortlist ${STARTUP.name.en}?` });
    await confirm.getByRole('button', { name: 'Shortlist' }).click();
    await confirm.waitFor({ state: 'hidden' });
    await application.getByText('Shortlisted', { exact: true }).waitFor();
    await application.getByLabel('Private notes').fill('Strong station data; meet next week.');
    await application.getByRole('button', { name: 'Save notes' }).click();
    await application.getByText('Notes saved.').waitFor();
    await shotBoth(corp, screenshot, '06-review-en');

    // The candidates tab ranks the startup, marked as applied.
    await corp.getByRole('tab', { name: 'Candidates' }).click();
    const candidates = corp.getByRole('list', { name: 'Candidates' });
    await candidates.locator(`a[href="/profiles/${startup.id}"]`).first().waitFor();
    await candidates.getByText('Applied', { exact: true }).first().waitFor();
    await screenshot(corp, '07-candidates-en-1280');

    // 6. The applicant sees the new status on their application.
    await member.reload();
    await member.getByText('選考中', { exact: true }).first().waitFor();

    // 7. From the shortlisted application, the corporate opens a conversation: the Messages page shows it.
    await corp.getByRole('tab', { name: /^Applications/ }).click();
    await application.getByRole('button', { name: 'Message' }).click();
    await corp.waitForURL(/\/messages\/[0-9a-f]{24}$/);
    // The conversation is named after the applicant (their profile or their display name).
    const main = corp.getByRole('main');
    await main.getByText(STARTUP.name.en).or(main.getByText(STARTUP_PERSON)).first().waitFor();
    await shotBoth(corp, screenshot, '08-messages-en');

    assert.deepEqual(
      errors.map((error) => String(error)),
      [],
    );
  } finally {
    await corpContext.close();
    await startupContext.close();
  }
}
