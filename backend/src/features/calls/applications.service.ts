import { isDuplicateKey } from '../../db/unique';
import {
  APPLICATION_STATUSES,
  OBJECT_ID_PATTERN,
  type ApplicationDto,
  type ApplicationPageDto,
  type ApplicationsQuery,
  type ApplicationStatus,
  type ApplyInput,
  type MyApplicationDto,
  type ReviewApplicationInput,
  type WithdrawApplicationInput,
} from '@musubi/shared';
import type { DomainEventBus } from '../../events';
import { badRequest, notFound } from '../../http/errors';
import type { MatchingIndex } from '../matching';
import {
  cannotApplyReason,
  canManage,
  loadCallFor,
  loadManagedCall,
  loadProfiles,
  oid,
  presentCalls,
  type Actor,
} from './call-context';
import { ApplicationModel, CallModel, type ApplicationRecord, type CallRecord } from './call.model';
import { cannotApply, notAllowedInState } from './call-errors';
import { fitOf } from './call-matching';
import { notifyAboutCall } from './call-notifications';
import { presentApplication } from './calls.presenter';
import { now, nowMs } from './clock';
import { decodeOffset, pageOf } from './page-cursor';
import { expectVersion, writeNextVersion } from './versioned';

export interface CallsDeps {
  events: DomainEventBus;
  index: MatchingIndex;
}

/** The poster's review moves; a withdrawn application is the applicant's to send again. */
const REVIEW_MOVES: Record<ApplicationStatus, readonly ApplicationStatus[]> = {
  new: ['shortlisted', 'declined'],
  shortlisted: ['new', 'accepted', 'declined'],
  accepted: [],
  declined: [],
  withdrawn: [],
};

async function ownApplication(call: CallRecord, actor: Actor): Promise<ApplicationRecord | null> {
  if (!actor.profile) return null;
  return ApplicationModel.findOne({ callId: call._id, profileId: actor.profile._id }).lean<ApplicationRecord>();
}

/** One application of `call`; a bad or foreign id is a 404. */
async function loadApplication(call: CallRecord, applicationId: string): Promise<ApplicationRecord> {
  if (!OBJECT_ID_PATTERN.test(applicationId)) throw notFound('Application');
  const a = await ApplicationModel.findById(applicationId).lean<ApplicationRecord>();
  if (!a || !a.callId.equals(call._id)) throw notFound('Application');
  return a;
}

/** Applications presented for `actor`: the poster's side sees notes and scores. */
async function presentApplications(
  deps: CallsDeps,
  actor: Actor,
  call: CallRecord,
  rows: ApplicationRecord[],
): Promise<ApplicationDto[]> {
  const profiles = await loadProfiles(
    actor,
    rows.map((a) => a.profileId.toString()),
    true,
  );
  const privateView = canManage(call, actor);
  return rows.flatMap((a) => {
    const applicant = profiles.get(a.profileId.toString());
    if (!applicant) return [];
    const fit = privateView ? { fit: fitOf(deps.index, call, a.profileId.toString()) } : null;
    return [presentApplication(a, applicant, fit)];
  });
}

/**
 * POST /api/calls/:id/applications: one application per call and profile, decided by the unique
 * index; a withdrawn application is sent again by moving the same document on (one of any racing
 * re-submissions wins).
 */
export async function applyToCall(
  deps: CallsDeps,
  actor: Actor,
  callId: string,
  input: ApplyInput,
): Promise<ApplicationDto> {
  const call = await loadCallFor(actor, callId);
  const own = await ownApplication(call, actor);
  const reason = cannotApplyReason(call, actor, own);
  if (reason) throw cannotApply(reason);
  const profile = actor.profile!;
  const at = now();
  const fields = { pitch: input.pitch, links: [...new Set(input.links)], status: 'new' as const, statusChangedAt: at };
  let application: ApplicationRecord;
  if (own) {
    try {
      application = await writeNextVersion(ApplicationModel, own, fields);
    } catch (err) {
      if ((err as { details?: { reason?: string } }).details?.reason === 'stale') throw cannotApply('already_applied');
      throw err;
    }
  } else {
    try {
      const created = await ApplicationModel.create({
        ...fields,
        callId: call._id,
        profileId: profile._id,
        applicantUserId: oid(actor.userId),
        notes: '',
        version: 0,
        createdAt: at,
        updatedAt: at,
      });
      application = created.toObject() as ApplicationRecord;
    } catch (err) {
      if (isDuplicateKey(err)) throw cannotApply('already_applied');
      throw err;
    }
  }
  await notifyAboutCall(deps.events, actor, call, call.posterUserId.toString(), 'call.application_received', {
    applicationId: application._id.toString(),
  });
  return (await presentApplications(deps, actor, call, [application]))[0]!;
}

/** GET /api/calls/:id/applications: all of them for the poster and admins, only one's own otherwise. */
export async function listApplications(
  deps: CallsDeps,
  actor: Actor,
  callId: string,
  query: ApplicationsQuery,
): Promise<ApplicationPageDto> {
  const call = await loadCallFor(actor, callId);
  let rows: ApplicationRecord[];
  if (canManage(call, actor)) {
    rows = await ApplicationModel.find({ callId: call._id }).lean<ApplicationRecord[]>();
  } else {
    const own = await ownApplication(call, actor);
    if (!own) throw notFound('Applications');
    rows = [own];
  }
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((s) => [s, 0])) as Record<ApplicationStatus, number>;
  for (const a of rows) counts[a.status] += 1;
  const wanted = query.status;
  const listed = rows
    .filter((a) => !wanted?.length || wanted.includes(a.status))
    .sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime() || (x._id.toString() < y._id.toString() ? 1 : -1));
  const { page, nextCursor } = pageOf(listed, decodeOffset(query.cursor), query.limit);
  return { items: await presentApplications(deps, actor, call, page), nextCursor, counts };
}

/** GET /api/me/applications: the member's own applications with their calls, newest first. */
export async function myApplications(deps: CallsDeps, actor: Actor): Promise<MyApplicationDto[]> {
  if (!actor.profile) return [];
  const rows = await ApplicationModel.find({ profileId: actor.profile._id }).lean<ApplicationRecord[]>();
  rows.sort((x, y) => y.createdAt.getTime() - x.createdAt.getTime());
  const calls = await Promise.all(rows.map((a) => CallModel.findById(a.callId).lean<CallRecord>()));
  const pairs = rows.flatMap((a, i) => (calls[i] ? [{ a, call: calls[i] }] : []));
  const callDtos = await presentCalls(
    actor,
    pairs.map((p) => p.call),
  );
  const out: MyApplicationDto[] = [];
  for (const [i, { a, call }] of pairs.entries()) {
    const [application] = await presentApplications(deps, actor, call, [a]);
    if (application) out.push({ application, call: callDtos[i]! });
  }
  return out;
}

/** POST …/withdraw: the applicant takes an application back before the deadline. */
export async function withdrawApplication(
  deps: CallsDeps,
  actor: Actor,
  callId: string,
  applicationId: string,
  input: WithdrawApplicationInput,
): Promise<ApplicationDto> {
  const call = await loadCallFor(actor, callId);
  const a = await loadApplication(call, applicationId);
  if (a.applicantUserId.toString() !== actor.userId) throw notFound('Application');
  expectVersion(a, input.version);
  if (a.status !== 'new' && a.status !== 'shortlisted') throw notAllowedInState(a.status);
  if (nowMs() >= call.deadlineAt.getTime()) throw cannotApply('deadline_passed');
  const updated = await writeNextVersion(ApplicationModel, a, { status: 'withdrawn', statusChangedAt: now() });
  await notifyAboutCall(deps.events, actor, call, call.posterUserId.toString(), 'call.application_withdrawn', {
    applicationId: updated._id.toString(),
  });
  return (await presentApplications(deps, actor, call, [updated]))[0]!;
}

/** PATCH …/applications/:applicationId: the poster moves an application on and keeps private notes. */
export async function reviewApplication(
  deps: CallsDeps,
  actor: Actor,
  callId: string,
  applicationId: string,
  input: ReviewApplicationInput,
): Promise<ApplicationDto> {
  const call = await loadManagedCall(actor, callId);
  const a = await loadApplication(call, applicationId);
  expectVersion(a, input.version);
  const statusChange = input.status !== undefined && input.status !== a.status ? input.status : undefined;
  const notesChange = input.notes !== undefined && input.notes !== a.notes ? input.notes : undefined;
  if (statusChange === undefined && notesChange === undefined) throw badRequest('Nothing to change');
  if (statusChange && !REVIEW_MOVES[a.status].includes(statusChange)) throw notAllowedInState(a.status);
  const set: Partial<ApplicationRecord> = {};
  if (statusChange) Object.assign(set, { status: statusChange, statusChangedAt: now() });
  if (notesChange !== undefined) set.notes = notesChange;
  const updated = await writeNextVersion(ApplicationModel, a, set);
  if (statusChange) {
    await notifyAboutCall(deps.events, actor, call, a.applicantUserId.toString(), 'call.application_status', {
      applicationId: a._id.toString(),
      status: statusChange,
    });
  }
  return (await presentApplications(deps, actor, call, [updated]))[0]!;
}

/** The application the poster may talk about: shortlisted or accepted ones. */
export async function applicationForContact(actor: Actor, callId: string, applicationId: string) {
  const call = await loadManagedCall(actor, callId);
  const a = await loadApplication(call, applicationId);
  if (a.status !== 'shortlisted' && a.status !== 'accepted') throw notAllowedInState(a.status);
  return a;
}
