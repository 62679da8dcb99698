import type { EventDto, ParticipantStatus } from '@musubi/shared';
import { releaseClaim, takeClaim } from '../../db/unique';
import { conflict, notFound } from '../../http/errors';
import { ProfileModel, type Viewer } from '../profiles';
import { syncChannel } from './channel';
import { loadVisibleEvent, oid } from './event-access';
import { EventClaimModel, ParticipantModel, type EventRecord, type ParticipantRecord } from './event.model';
import { hasJoined } from './event-profiles';
import { presentEventFor } from './events.service';
import { checkAvailability, closed, full, keyOf } from './registration';
import { takeSeat } from './seats';

/**
 * Moves an invitation (open or declined) on to `status`, once: a unique claim on the record's
 * current state decides between racing answers (accept against decline, two tabs), and a seat is
 * taken first when the new status holds one (409 `full`, the invitation left as it was).
 */
export async function turnInvitation(
  event: EventRecord,
  record: ParticipantRecord,
  status: ParticipantStatus,
  availability: boolean[] | null,
): Promise<void> {
  const claim = `answer:${record._id}:${record.updatedAt.getTime()}`;
  if (!(await takeClaim(EventClaimModel, claim))) {
    throw conflict('This invitation was answered already', { reason: 'answered' });
  }
  let seat: number | null = null;
  if (hasJoined(status)) {
    seat = await takeSeat(event, record.profileId);
    if (seat === null) {
      await releaseClaim(EventClaimModel, claim);
      throw full();
    }
  }
  const at = new Date();
  await ParticipantModel.updateOne(
    { _id: record._id },
    {
      $set: {
        status,
        seat,
        updatedAt: at,
        ...(hasJoined(status) ? { joinedAt: at, availability } : {}),
      },
    },
  );
}

/** The viewer's open invitation to the event (404 when there is none). */
async function openInvitationOf(viewer: NonNullable<Viewer>, id: string) {
  const event = await loadVisibleEvent(id, viewer);
  const profile = await ProfileModel.findOne({ userId: oid(viewer.userId) }, { _id: 1 }).lean();
  const record = profile
    ? await ParticipantModel.findById(keyOf(event._id, profile._id.toString())).lean<ParticipantRecord>()
    : null;
  if (!record || record.status !== 'invited') throw notFound('Invitation');
  return { event, record };
}

/**
 * The member accepts an organiser's invitation: they join as approved (the organiser who invited
 * them has approved them already, so an event that needs approval does not ask twice) while seats
 * remain (409 `full` otherwise, the invitation stays open); closed or ended events refuse (409).
 */
export async function acceptInvitation(
  viewer: NonNullable<Viewer>,
  id: string,
  availability: boolean[] | undefined,
): Promise<EventDto> {
  const { event, record } = await openInvitationOf(viewer, id);
  if (event.status === 'closed' || event.endsAt.getTime() <= Date.now()) throw closed();
  checkAvailability(event, availability);
  await turnInvitation(event, record, 'approved', availability ?? null);
  return presentEventFor(await syncChannel(event), viewer);
}

/** The member declines: the record stays as `declined`, so later imports never invite them again. */
export async function declineInvitation(viewer: NonNullable<Viewer>, id: string): Promise<EventDto> {
  const { event, record } = await openInvitationOf(viewer, id);
  await turnInvitation(event, record, 'declined', null);
  return presentEventFor(event, viewer);
}
