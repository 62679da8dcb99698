import type { DomainEventBus } from '../../events';
import type { MatchingIndex } from '../matching';
import type { ImportRunner } from './import-runner';
import type { SchedulePool } from './schedule-worker/schedule-pool';

export interface EventsDeps {
  events: DomainEventBus;
  index: MatchingIndex;
  /** How many engine suggestions per participant feed the event's pairs. */
  pairsPerParticipant: number;
  /** Wall-clock cap on the schedule optimiser's improvement phase. */
  scheduleTimeBudgetMs: number;
  /** Worker threads that run the schedule optimiser off the main event loop. */
  schedulePool: SchedulePool;
  /** Runs CSV imports in the background. */
  importRunner: ImportRunner;
}
