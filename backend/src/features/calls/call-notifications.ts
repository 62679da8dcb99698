import type { Language, NotificationDto, NotificationType } from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { UserModel } from '../accounts';
import { notify } from '../notifications';
import { avatarEtagsOf, avatarUrlOf } from '../profiles';
import type { Actor } from './call-context';
import type { CallRecord } from './call.model';

async function notificationActor(actor: Actor): Promise<NonNullable<NotificationDto['actor']>> {
  const profile = actor.profile;
  const etags = profile ? await avatarEtagsOf([profile._id]) : new Map<string, string>();
  return {
    userId: actor.userId,
    displayName: actor.displayName,
    profileId: profile?._id.toString() ?? null,
    avatarUrl: profile ? avatarUrlOf(profile, etags.get(profile._id.toString()) ?? null) : null,
  };
}

/** The call's title in the recipient's language (the other one when it has only that). */
async function titleFor(call: CallRecord, recipientId: string): Promise<string> {
  const user = await UserModel.findById(recipientId, { language: 1 }).lean();
  const language = (user?.language ?? 'ja') as Language;
  const other = language === 'ja' ? 'en' : 'ja';
  return call.title[language] || call.title[other] || '';
}

/** Stores and pushes one call notification (the UI renders its text from `type` and `data`). */
export async function notifyAboutCall(
  events: DomainEventBus,
  actor: Actor,
  call: CallRecord,
  recipientId: string,
  type: NotificationType,
  data: Record<string, string>,
): Promise<void> {
  await notify(events, [
    {
      recipientId,
      type,
      actor: await notificationActor(actor),
      subject: { kind: 'call', id: call._id.toString() },
      data: { ...data, callTitle: await titleFor(call, recipientId) },
    },
  ]);
}
