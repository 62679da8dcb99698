// Chat: A (Japanese UI) opens B's profile, presses "Message" and sends a Japanese and an English
// message; B (English UI, another browser context) sees them arrive in real time with an unread
// badge, opens the thread and replies; A sees the reply and that the messages were read.
// Screenshots at 1280 px and 360 px. Members are created through the API (SEED_DEMO=false).
import assert from 'node:assert/strict';
import { assertNoHorizontalOverflow, shot } from '../lib/layout.mjs';
import { createMember, DESKTOP, newContext, PHONE } from '../lib/members.mjs';

const JA_TEXT = 'こんにちは、よろしくお願いします';
const EN_TEXT = 'Happy to talk about a pilot in Minato Mirai — details at https://example.com/pilot';
const REPLY = 'Thanks for reaching out! ぜひ一度お話ししましょう。';

const STARTUP = {
  kind: 'startup',
  name: { ja: 'チャット・ラボ', en: 'Chat Lab' },
  headline: { ja: '横浜のスマートシティ・スタートアップ', en: 'Smart city startup in Yokohama' },
  description: { ja: '都市計画のためのAIツールを開発しています。', en: 'We build AI tools for city planners.' },
  tags: [],
  offers: [{ category: 'poc-partner', text: 'Pilot sites around Minato Mirai' }],
  seeks: [{ category: 'design', text: 'UX design for our citizen app' }],
  location: { area: 'yokohama', city: 'Minato Mirai' },
  languages: ['ja', 'en'],
  links: [],
  visibility: 'members',
  startup: { stage: 'seed' },
};

const CREATOR = {
  kind: 'creator',
  name: { ja: 'デザイン工房 チャット', en: 'Chat Design Works' },
  headline: { ja: 'UXデザインのスタジオ', en: 'UX design studio' },
  description: { ja: 'スタートアップのUXデザインを手がけています。', en: 'UX design for startups.' },
  tags: [],
  offers: [{ category: 'design', text: 'UX design and prototyping' }],
  seeks: [{ category: 'co-creation', text: 'Startups building with AI' }],
  location: { area: 'shibuya' },
  languages: ['ja', 'en'],
  links: [],
  visibility: 'members',
  creator: { disciplines: ['UX design'], portfolioLinks: [] },
};

export default async function chatJourney({ browser, baseUrl, screenshot }) {
  const stamp = Date.now();
  const contextA = await newContext(browser, 'ja-JP');
  const contextB = await newContext(browser, 'en-US');
  try {
    await createMember(contextA, baseUrl, {
      email: `e2e-chat-a-${stamp}@example.com`,
      displayName: '山田 花子',
      language: 'ja',
      profile: STARTUP,
    });
    const profileB = await createMember(contextB, baseUrl, {
      email: `e2e-chat-b-${stamp}@example.com`,
      displayName: 'Ken Walker',
      language: 'en',
      profile: CREATOR,
    });

    // Only when the server has no chat API at all (an older backend) is the journey skipped.
    const probe = await contextA.request.get(`${baseUrl}/api/conversations`);
    if (probe.status() === 404) {
      console.log('  - chat: SKIPPED — the server has no GET /api/conversations (chat backend not deployed)');
      return;
    }

    const pageA = await contextA.newPage();
    const pageB = await contextB.newPage();
    const errors = [];
    for (const page of [pageA, pageB]) page.on('pageerror', (error) => errors.push(error));

    // B waits on the messages page, connected.
    await pageB.goto(`${baseUrl}/messages`);
    await pageB.getByRole('heading', { name: 'Messages', level: 1 }).waitFor();

    // A opens B's profile and presses "Message".
    await pageA.goto(`${baseUrl}/profiles/${profileB.id}`);
    await pageA.getByRole('button', { name: 'メッセージを送る' }).click();
    await pageA.waitForURL(/\/messages\/[0-9a-f]{24}$/);
    const conversationId = new URL(pageA.url()).pathname.split('/').pop();
    const logA = pageA.getByRole('log');
    await logA.waitFor();

    const composerA = pageA.getByRole('textbox', { name: 'メッセージ' });
    await composerA.fill(JA_TEXT);
    await composerA.press('Enter');
    await logA.getByText(JA_TEXT).waitFor();
    assert.equal(await composerA.inputValue(), '', 'the composer is emptied after sending');
    // Shift+Enter adds a line instead of sending.
    await composerA.fill('Happy to talk about a pilot in Minato Mirai');
    await composerA.press('Shift+Enter');
    assert.match(await composerA.inputValue(), /\n$/);
    await composerA.fill(EN_TEXT);
    await composerA.press('Enter');
    await logA.getByText('Happy to talk about a pilot', { exact: false }).waitFor();
    await logA.getByText('送信済み').first().waitFor();
    const link = logA.getByRole('link', { name: 'https://example.com/pilot' });
    assert.equal(await link.getAttribute('rel'), 'noopener noreferrer nofollow');
    assert.equal(await link.getAttribute('target'), '_blank');

    // B sees the conversation arrive in real time, with the unread badge in the app bar.
    const entryB = pageB.getByRole('list', { name: 'Conversations' }).locator(`a[href="/messages/${conversationId}"]`);
    await entryB.waitFor();
    await pageB.getByRole('link', { name: /Messages, 2 unread/ }).waitFor();
    assert.match(await entryB.innerText(), /Happy to talk about a pilot/);
    await entryB.getByText('2 unread messages').waitFor();
    await shot(pageB, screenshot, '01-b-unread-1280', DESKTOP);

    // B opens the thread: the messages are shown as text, and marked read.
    await entryB.click();
    const logB = pageB.getByRole('log', { name: 'Messages with 山田 花子' });
    await logB.getByText(JA_TEXT).waitFor();
    await logB.getByText('Happy to talk about a pilot', { exact: false }).waitFor();
    await pageB.getByRole('link', { name: 'Messages', exact: true }).waitFor();

    // A sees that B has read them.
    await logA.getByText('既読').first().waitFor();

    // B replies; A sees the reply in real time, and B's own message is marked read once A sees it.
    const composerB = pageB.getByRole('textbox', { name: 'Message' });
    await composerB.fill(REPLY);
    await composerB.press('Enter');
    await logB.getByText(REPLY).waitFor();
    await logA.getByText(REPLY).waitFor();
    await logB.getByText('Read', { exact: true }).waitFor();

    // A corrects the Japanese message; B sees it change, marked as edited.
    const firstBubble = logA.getByText(JA_TEXT).locator('xpath=ancestor::div[.//button][1]');
    await firstBubble.getByRole('button', { name: 'メッセージの操作' }).click();
    await pageA.getByRole('menuitem', { name: '編集' }).click();
    const editBox = pageA.getByRole('textbox', { name: 'メッセージ本文' });
    await editBox.fill(`${JA_TEXT}！`);
    await pageA.getByRole('button', { name: '保存' }).click();
    await logA.getByText('編集済み').waitFor();
    await logB.getByText(`${JA_TEXT}！`).waitFor();
    await logB.getByText('edited', { exact: false }).waitFor();

    // Without a connection, a message waits in the outbox ("sending…"), survives a reload and
    // goes out once the connection is back, exactly once.
    const OFFLINE_TEXT = '接続が切れている間に書いたメッセージです';
    const blockSocket = (route) => route.abort();
    await pageA.route(/\/socket\.io\//, blockSocket);
    await pageA.reload();
    await logA.getByText(REPLY).waitFor();
    await composerA.fill(OFFLINE_TEXT);
    await composerA.press('Enter');
    await logA.getByText('送信中…').waitFor();
    await pageA.reload();
    await logA.getByText(OFFLINE_TEXT).waitFor();
    await logA.getByText('送信中…').waitFor();
    await pageA.unroute(/\/socket\.io\//, blockSocket);
    await logB.getByText(OFFLINE_TEXT).waitFor({ timeout: 30_000 });
    await logA.getByText('送信中…').waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await logA.getByText(OFFLINE_TEXT).count(), 1);
    assert.equal(await logB.getByText(OFFLINE_TEXT).count(), 1);

    await shot(pageA, screenshot, '02-a-thread-ja-1280', DESKTOP);
    await shot(pageB, screenshot, '03-b-thread-en-1280', DESKTOP);

    // On a phone the thread is its own screen, with a back button to the list.
    await shot(pageA, screenshot, '04-a-thread-ja-360', PHONE);
    await assertNoHorizontalOverflow(pageA);
    await pageA.getByRole('link', { name: '会話一覧に戻る' }).click();
    await pageA.waitForURL(`${baseUrl}/messages`);
    await pageA.getByRole('list', { name: '会話一覧' }).locator(`a[href="/messages/${conversationId}"]`).waitFor();
    await shot(pageA, screenshot, '05-a-list-ja-360', PHONE);
    await assertNoHorizontalOverflow(pageA);
    await shot(pageB, screenshot, '06-b-thread-en-360', PHONE);
    await assertNoHorizontalOverflow(pageB);

    assert.deepEqual(
      errors.map((e) => e.message),
      [],
      'no uncaught errors in the pages',
    );
  } catch (error) {
    // Keep what each member saw, to tell a frontend failure from a backend one.
    for (const [who, context] of [
      ['a', contextA],
      ['b', contextB],
    ]) {
      for (const [i, page] of context.pages().entries()) {
        await screenshot(page, `failure-${who}${i}`).catch(() => undefined);
      }
    }
    throw error;
  } finally {
    await contextA.close();
    await contextB.close();
  }
}
