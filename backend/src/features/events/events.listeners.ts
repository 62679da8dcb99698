import { Types } from 'mongoose';
import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { syncChannel } from './channel';
import { EventModel, ParticipantModel, type EventRecord, type ParticipantRecord } from './event.model';
import { dropFromDraftSchedule, releaseSeat } from './seats';

/** A deleted profile (or account) leaves every event it joined: seat freed, draft schedule and channel updated. */
async function forgetParticipant(filter: { profileId: Types.ObjectId } | { userId: Types.ObjectId }): Promise<void> {
  const rows = await ParticipantModel.find(filter).lean<ParticipantRecord[]>();
  for (const p of rows) {
    await ParticipantModel.deleteOne({ _id: p._id });
    await releaseSeat(p.eventId, p.seat, p.profileId);
    await dropFromDraftSchedule(p.eventId, p.profileId.toString());
    const event = await EventModel.findById(p.eventId).lean<EventRecord>();
    if (event && p.status === 'approved') await syncChannel(event);
  }
}

/** Wires events into profile and account deletion. */
export function registerEventListeners(events: DomainEventBus, logger: Logger): () => void {
  const run = (what: string, task: () => Promise<void>) =>
    task().catch((err: unknown) => logger.error({ err, what }, 'could not remove a deleted member from events'));
  const offs = [
    events.on('profile.deleted', ({ profileId }) => {
      if (Types.ObjectId.isValid(profileId))
        void run(profileId, () => forgetParticipant({ profileId: new Types.ObjectId(profileId) }));
    }),
    events.on('user.deleted', ({ userId }) => {
      if (Types.ObjectId.isValid(userId))
        void run(userId, () => forgetParticipant({ userId: new Types.ObjectId(userId) }));
    }),
  ];
  return () => {
    for (const off of offs) off();
  };
}
