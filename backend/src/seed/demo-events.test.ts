import request from 'supertest';
import type { EventDto, ParticipantPageDto } from '@musubi/shared';
import { DomainEventBus } from '../events';
import { buildTestApp } from '../../test/helpers';
import { DEMO_PASSWORD } from './demo-accounts';
import { DEMO_PARTNERS } from './demo-partners';
import { seedDemoData } from './seed-database';

const { app } = buildTestApp();

// The three demo members and up to 21 others (the demo accounts' partners come first).
const PARTICIPANTS = 3 + Math.min(21, DEMO_PARTNERS.length + 12);

describe('seedDemoEvent', () => {
  it('seeds one published matching day for the demo organiser, with participants, once', async () => {
    const first = await seedDemoData({ count: 12, events: new DomainEventBus() });
    expect(first.eventsCreated).toBe(1);
    expect((await seedDemoData({ count: 12, events: new DomainEventBus() })).eventsCreated).toBe(0);
    const list = await request(app).get('/api/events').expect(200);
    expect(list.body.items).toHaveLength(1);
    const event = list.body.items[0] as EventDto;
    expect(event).toMatchObject({ status: 'published', participantCount: PARTICIPANTS });
    const org = request.agent(app);
    await org.post('/api/auth/login').send({ email: 'organiser@musubi.example', password: DEMO_PASSWORD }).expect(200);
    const mine = (await org.get(`/api/events/${event.id}`).expect(200)).body as EventDto;
    expect(mine.viewer).toMatchObject({ isOrganiser: true, channelConversationId: expect.any(String) });
    const people = (await org.get(`/api/events/${event.id}/participants`).expect(200)).body as ParticipantPageDto;
    expect(people.counts.approved).toBe(PARTICIPANTS);
  });
});
