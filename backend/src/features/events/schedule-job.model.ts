import { model, Schema, type Types } from 'mongoose';
import type { ScheduleJobDto } from '@musubi/shared';

/** One schedule generation of an event: its progress while it runs, then how it ended. */
export interface ScheduleJobRecord {
  _id: Types.ObjectId;
  eventId: Types.ObjectId;
  status: ScheduleJobDto['status'];
  phase: ScheduleJobDto['phase'];
  progress: number;
  elapsedMs: number;
  budgetMs: number;
  startedAt: Date;
  /** Written with every progress report (a heartbeat): a running job gone quiet was lost. */
  updatedAt: Date;
  finishedAt: Date | null;
  error: string | null;
}

const scheduleJobSchema = new Schema(
  {
    eventId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true },
    phase: { type: String, default: null },
    progress: { type: Number, required: true },
    elapsedMs: { type: Number, required: true },
    budgetMs: { type: Number, required: true },
    startedAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
    error: { type: String, default: null },
  },
  { collection: 'event_schedule_jobs', versionKey: false },
);
scheduleJobSchema.index({ eventId: 1, startedAt: -1 });

export const ScheduleJobModel = model('EventScheduleJob', scheduleJobSchema);
