import type { ApplicationDto, CallDto, LocalizedText, MatchStrengthDto, ProfileDto } from '@musubi/shared';
import { presentTag } from '../profiles';
import type { ApplicationRecord, CallRecord } from './call.model';
import type { CannotApplyReason } from './call-errors';

const localized = (t: LocalizedText | undefined): LocalizedText => ({
  ...(t?.ja ? { ja: t.ja } : {}),
  ...(t?.en ? { en: t.en } : {}),
});

export interface CallPresentation {
  poster: CallDto['poster'];
  applicationCount: number;
  isPoster: boolean;
  own: Pick<ApplicationRecord, '_id' | 'status'> | null;
  cannotApplyReason: CannotApplyReason | null;
}

export function presentCall(call: CallRecord, p: CallPresentation): CallDto {
  return {
    id: call._id.toString(),
    status: call.status,
    version: call.version,
    title: localized(call.title),
    challenge: localized(call.challenge),
    tags: call.tags.map((id) => presentTag(id, call.freeTags ?? [])),
    offers: [...call.offers],
    eligibleKinds: [...call.eligibleKinds],
    eligibleAreas: [...call.eligibleAreas],
    deadline: { date: call.deadline.date, time: call.deadline.time },
    timeZone: call.timeZone,
    deadlineAt: call.deadlineAt.toISOString(),
    poster: p.poster,
    applicationCount: p.applicationCount,
    viewer: {
      isPoster: p.isPoster,
      applicationId: p.own?._id.toString() ?? null,
      applicationStatus: p.own?.status ?? null,
      canApply: p.cannotApplyReason === null,
      cannotApplyReason: p.cannotApplyReason,
    },
    createdAt: call.createdAt.toISOString(),
    updatedAt: call.updatedAt.toISOString(),
  };
}

/** An application as one viewer sees it: notes and score only for the poster's side (`privateView`). */
export function presentApplication(
  a: ApplicationRecord,
  applicant: ProfileDto,
  privateView: { fit: { score: number; strength: MatchStrengthDto } | null } | null,
): ApplicationDto {
  return {
    id: a._id.toString(),
    callId: a.callId.toString(),
    version: a.version,
    applicant,
    applicantUserId: a.applicantUserId.toString(),
    pitch: localized(a.pitch),
    links: [...a.links],
    status: a.status,
    notes: privateView ? a.notes : null,
    score: privateView?.fit?.score ?? null,
    strength: privateView?.fit?.strength ?? null,
    createdAt: a.createdAt.toISOString(),
    updatedAt: a.updatedAt.toISOString(),
    statusChangedAt: a.statusChangedAt.toISOString(),
  };
}
