import { buildTestApp } from '../../../test/helpers';
import { createEvent, join, memberWith, organiser, readCsv } from '../../../test/event-helpers';

const { app } = buildTestApp();

describe('CSV exports through HTTP', () => {
  it('a participant named with a full-width formula prefix reaches participants.csv defused', async () => {
    const org = await organiser(app);
    const event = await createEvent(org);
    const member = await memberWith(app, 'startup', {
      name: { ja: '＝HYPERLINK("http://x.example","株式会社")', en: '＠SUM(A1)' },
    });
    await join(member, event.id);

    const res = await org.agent.get(`/api/events/${event.id}/export/participants.csv`).expect(200);
    const rows = readCsv(res.text.replace(/^\uFEFF/, ''));
    const row = rows.find((r) => r[0] === member.profile.id);
    expect(row?.slice(1, 3)).toEqual([`'＝HYPERLINK("http://x.example","株式会社")`, `'＠SUM(A1)`]);
  });
});
