import type { DomainEventBus } from '../../events';
import type { Logger } from '../../logger';
import { deleteProfileOfUser } from './profiles.service';

/** Removes a deleted account's profile, picture and draft. Returns an unsubscribe function. */
export function registerProfileListeners(events: DomainEventBus, logger: Logger): () => void {
  return events.on('user.deleted', ({ userId }) => {
    deleteProfileOfUser(userId, events).catch((err: unknown) =>
      logger.error({ err, userId }, 'could not delete the profile of a deleted account'),
    );
  });
}
