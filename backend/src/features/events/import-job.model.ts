import { model, Schema, type Types } from 'mongoose';
import type { ImportJobDto, ImportResultDto } from '@musubi/shared';

/** One CSV row to import: its line in the file and what names the member. */
export interface ImportRow {
  line: number;
  email: string;
  profileId: string;
}

/** A CSV import: its rows, stored before the request answers, and the report as it grows. */
export interface ImportJobRecord {
  _id: Types.ObjectId;
  eventId: Types.ObjectId;
  byUserId: Types.ObjectId;
  status: ImportJobDto['status'];
  rows: ImportRow[];
  total: number;
  /** Rows handled so far (the report covers exactly these). */
  processed: number;
  result: ImportResultDto;
  error: string | null;
  createdAt: Date;
  /** Written after every batch (a heartbeat): a running job gone quiet was lost. */
  updatedAt: Date;
  finishedAt: Date | null;
}

const importJobSchema = new Schema(
  {
    eventId: { type: Schema.Types.ObjectId, required: true, index: true },
    byUserId: { type: Schema.Types.ObjectId, required: true },
    status: { type: String, required: true },
    rows: { type: [{ _id: false, line: Number, email: String, profileId: String }], default: [] },
    total: { type: Number, required: true },
    processed: { type: Number, required: true },
    result: { type: Schema.Types.Mixed, required: true },
    error: { type: String, default: null },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    finishedAt: { type: Date, default: null },
  },
  { collection: 'event_import_jobs', versionKey: false, minimize: false },
);

export const ImportJobModel = model('EventImportJob', importJobSchema);
