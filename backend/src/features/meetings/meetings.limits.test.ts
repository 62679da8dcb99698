import { buildTestApp } from '../../../test/helpers';
import { member, requestMeeting, slot } from '../../../test/meeting-helpers';
import { MeetingModel } from './meeting.model';

const { app } = buildTestApp({ MEMBER_WRITES_MAX: '4', MEMBER_WRITES_WINDOW_SECONDS: '600' });

describe('the per-member limit on writes that notify someone else', () => {
  it('request+cancel rounds: past the limit the next request gets 429 with Retry-After and creates nothing', async () => {
    const [asker, target, other] = [await member(app), await member(app), await member(app)];
    for (let round = 0; round < 2; round += 1) {
      const m = await requestMeeting(asker, target);
      await asker.agent.post(`/api/meetings/${m.id}/cancel`).send({ version: m.version }).expect(200);
    }
    const refused = await asker.agent
      .post('/api/meetings')
      .send({ profileId: target.profile.id, message: 'Hello', slots: [slot(24 * 60)], location: { format: 'online' } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('rate_limited');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(await MeetingModel.countDocuments({ requesterId: asker.user.id })).toBe(2);

    // Reads stay open, and the budget is the member's own: someone else still writes.
    await asker.agent.get('/api/meetings').expect(200);
    await requestMeeting(other, target);
  });
});
