import type { ProfileDto, ScheduleDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { createEvent, join, memberWith, organiser } from '../../../test/event-helpers';
import { accept, requestMeeting, slot, type Member as MeetingMember } from '../../../test/meeting-helpers';
import { MeetingModel } from '../meetings/meeting.model';

const { app, runtime } = buildTestApp({ EVENT_SCHEDULE_TIME_BUDGET_MS: '100' });

type Member = Awaited<ReturnType<typeof memberWith>>;
const contactOf = async (viewer: Member, owner: Member) =>
  ((await viewer.agent.get(`/api/profiles/${owner.profile.id}`).expect(200)).body.profile as ProfileDto).contact;

describe('meetings an organiser schedules at an event', () => {
  it('never open contact details by themselves; a meeting the two agree on does', async () => {
    await runtime.matchingIndex.ready();
    const org = await organiser(app);
    const event = await createEvent(org);
    const a = await memberWith(app, 'startup');
    const b = await memberWith(app, 'creator');
    for (const p of [a, b]) await join(p, event.id);
    const url = (path: string) => `/api/events/${event.id}${path}`;
    await org.agent.post(url('/schedule/meetings')).send({ a: a.profile.id, b: b.profile.id, round: 1, table: 1 });
    const draft = (await org.agent.get(url('/schedule')).expect(200)).body as ScheduleDto;
    expect(draft.meetings).toContainEqual(expect.objectContaining({ round: 1, table: 1 }));
    await org.agent.post(url('/schedule/publish')).expect(200);
    const scheduled = await MeetingModel.find({ eventId: event.id, status: 'accepted' }).lean();
    expect(scheduled.map((m) => m.participantIds.map(String).sort())).toContainEqual([a.user.id, b.user.id].sort());

    expect(await contactOf(b, a)).toBeUndefined();
    expect(await contactOf(a, b)).toBeUndefined();

    const asked = await requestMeeting(a as unknown as MeetingMember, b as unknown as MeetingMember, [
      slot(8 * 24 * 60),
    ]);
    await accept(b as unknown as MeetingMember, asked);
    expect(await contactOf(b, a)).toEqual({ email: expect.any(String), phone: expect.any(String) });
  });
});
