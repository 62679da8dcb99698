import { Schema, model, type Types } from 'mongoose';
import {
  APPLICATION_STATUSES,
  CALL_OFFERS,
  CALL_STATUSES,
  LOCATION_AREAS,
  PROFILE_KINDS,
  type ApplicationStatus,
  type CallOffer,
  type CallStatus,
  type LocalizedText,
  type LocationArea,
  type ProfileKind,
} from '@musubi/shared';

/** The stored shape of an open call, as `lean()` returns it. */
export interface CallRecord {
  _id: Types.ObjectId;
  posterUserId: Types.ObjectId;
  /** The poster's profile when they have one (a corporate); organisers and admins may have none. */
  posterProfileId: Types.ObjectId | null;
  status: CallStatus;
  version: number;
  title: LocalizedText;
  challenge: LocalizedText;
  tags: string[];
  freeTags: { id: string; label: string }[];
  offers: CallOffer[];
  eligibleKinds: ProfileKind[];
  eligibleAreas: LocationArea[];
  deadline: { date: string; time: string };
  timeZone: string;
  /** The deadline's instant: the wall clock above read in `timeZone`. */
  deadlineAt: Date;
  createdAt: Date;
  updatedAt: Date;
}

const sub = <T extends object>(definition: T) => new Schema(definition, { _id: false });
const localizedSchema = sub({ ja: String, en: String });

const callSchema = new Schema(
  {
    posterUserId: { type: Schema.Types.ObjectId, required: true, index: true },
    posterProfileId: { type: Schema.Types.ObjectId, default: null },
    status: { type: String, enum: CALL_STATUSES, required: true },
    version: { type: Number, required: true, min: 0 },
    title: { type: localizedSchema, required: true },
    challenge: { type: localizedSchema, required: true },
    tags: { type: [String], default: [] },
    freeTags: {
      type: [sub({ id: { type: String, required: true }, label: { type: String, required: true } })],
      default: [],
    },
    offers: { type: [{ type: String, enum: CALL_OFFERS }], default: [] },
    eligibleKinds: { type: [{ type: String, enum: PROFILE_KINDS }], default: [] },
    eligibleAreas: { type: [{ type: String, enum: LOCATION_AREAS }], default: [] },
    deadline: { type: sub({ date: String, time: String }), required: true },
    timeZone: { type: String, required: true },
    deadlineAt: { type: Date, required: true },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
  },
  { collection: 'calls', versionKey: false },
);
callSchema.index({ status: 1, deadlineAt: 1 });
export const CallModel = model<CallRecord>('Call', callSchema);

/** An application: one per call and profile (the unique index), re-used when a withdrawn one is sent again. */
export interface ApplicationRecord {
  _id: Types.ObjectId;
  callId: Types.ObjectId;
  profileId: Types.ObjectId;
  applicantUserId: Types.ObjectId;
  pitch: LocalizedText;
  links: string[];
  status: ApplicationStatus;
  /** Private to the poster and admins. */
  notes: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
  statusChangedAt: Date;
}

const applicationSchema = new Schema(
  {
    callId: { type: Schema.Types.ObjectId, required: true },
    profileId: { type: Schema.Types.ObjectId, required: true, index: true },
    applicantUserId: { type: Schema.Types.ObjectId, required: true },
    pitch: { type: localizedSchema, required: true },
    links: { type: [String], default: [] },
    status: { type: String, enum: APPLICATION_STATUSES, required: true },
    notes: { type: String, default: '' },
    version: { type: Number, required: true, min: 0 },
    createdAt: { type: Date, required: true },
    updatedAt: { type: Date, required: true },
    statusChangedAt: { type: Date, required: true },
  },
  { collection: 'call_applications', versionKey: false },
);
applicationSchema.index({ callId: 1, profileId: 1 }, { unique: true });
export const ApplicationModel = model<ApplicationRecord>('CallApplication', applicationSchema);

/** An invitation to apply, `_id` = `<callId>:<profileId>`: a second invitation meets the first. */
export interface InvitationRecord {
  _id: string;
  callId: Types.ObjectId;
  profileId: Types.ObjectId;
  invitedByUserId: Types.ObjectId;
  createdAt: Date;
}
const invitationSchema = new Schema(
  {
    _id: { type: String, required: true },
    callId: { type: Schema.Types.ObjectId, required: true },
    profileId: { type: Schema.Types.ObjectId, required: true },
    invitedByUserId: { type: Schema.Types.ObjectId, required: true },
    createdAt: { type: Date, required: true },
  },
  { collection: 'call_invitations', versionKey: false },
);
export const InvitationModel = model<InvitationRecord>('CallInvitation', invitationSchema);

/**
 * Version claims, `_id` = `<collection>:<id>:<version>`: the one writer that inserts it may move that
 * document on from that version (a guarded update alone is not atomic on FerretDB).
 */
const claimSchema = new Schema(
  { _id: { type: String, required: true }, createdAt: { type: Date, required: true } },
  { collection: 'call_claims', versionKey: false },
);
export const CallClaimModel = model('CallClaim', claimSchema);
