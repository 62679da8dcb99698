import type { CallInvitationDto, ConversationDto, InviteInput } from '@musubi/shared';
import { isDuplicateKey } from '../../db/unique';
import { badRequest } from '../../http/errors';
// chat's index does not export startConversation yet; this is its only use outside chat.
import { startConversation } from '../chat/conversations.service';
import { findVisibleProfile } from '../profiles';
import { loadManagedCall, oid, viewerOf, type Actor } from './call-context';
import { InvitationModel } from './call.model';
import { alreadyInvited, notAllowedInState } from './call-errors';
import { notifyAboutCall } from './call-notifications';
import { applicationForContact, type CallsDeps } from './applications.service';
import { now } from './clock';

/** POST /api/calls/:id/invitations: the poster invites a candidate to apply, once per profile. */
export async function inviteToCall(
  deps: CallsDeps,
  actor: Actor,
  callId: string,
  input: InviteInput,
): Promise<CallInvitationDto> {
  const call = await loadManagedCall(actor, callId);
  if (call.status !== 'open') throw notAllowedInState(call.status);
  const profile = await findVisibleProfile(input.profileId, viewerOf(actor));
  const ownerId = profile.userId.toString();
  if (ownerId === call.posterUserId.toString()) throw badRequest('You cannot invite yourself');
  const createdAt = now();
  try {
    await InvitationModel.create({
      _id: `${call._id.toString()}:${profile._id.toString()}`,
      callId: call._id,
      profileId: profile._id,
      invitedByUserId: oid(actor.userId),
      createdAt,
    });
  } catch (err) {
    if (isDuplicateKey(err)) throw alreadyInvited();
    throw err;
  }
  await notifyAboutCall(deps.events, actor, call, ownerId, 'call.invited', { message: input.message });
  return { callId: call._id.toString(), profileId: profile._id.toString(), createdAt: createdAt.toISOString() };
}

/** POST …/applications/:applicationId/conversation: the poster's 1:1 conversation with the applicant. */
export async function conversationWithApplicant(
  actor: Actor,
  callId: string,
  applicationId: string,
): Promise<ConversationDto> {
  const application = await applicationForContact(actor, callId, applicationId);
  return startConversation(viewerOf(actor), application.profileId.toString());
}
