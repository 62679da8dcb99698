import { DomainEventBus } from '../events';
import { ConversationModel } from '../features/chat';
import { EventModel } from '../features/events/event.model';
import { seedDemoData } from './seed-database';

// No app in this file: like `npm run seed`, and like `npm start`, which seeds before the server is up.
describe('seeding without a running app', () => {
  it('creates the demo event and its announcement channel', async () => {
    const seeded = await seedDemoData({ count: 6, events: new DomainEventBus() });
    expect(seeded.eventsCreated).toBe(1);
    const event = await EventModel.findOne({}).lean();
    expect(event?.status).toBe('published');
    const channel = await ConversationModel.findOne({ eventId: event!._id.toString() }).lean();
    expect(channel).not.toBeNull();
    expect(channel!.members.length).toBeGreaterThan(2);
  });
});
