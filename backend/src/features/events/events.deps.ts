import type { DomainEventBus } from '../../events';
import type { MatchingIndex } from '../matching';

export interface EventsDeps {
  events: DomainEventBus;
  index: MatchingIndex;
  /** How many engine suggestions per participant feed the event's pairs. */
  pairsPerParticipant: number;
  /** Wall-clock cap on the schedule optimiser's improvement phase. */
  scheduleTimeBudgetMs: number;
}
