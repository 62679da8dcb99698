import type { Viewer } from '../profiles';
import { loadOrganisedEvent } from './event-access';
import { ParticipantModel, type ParticipantRecord } from './event.model';
import { hasJoined, loadProfiles, mayShowEventProfile, nameOf } from './event-profiles';
import type { EventsDeps } from './events.deps';
import { toCsv } from './csv';
import { eventPairs } from './pairs.service';
import { loadSchedule } from './schedule.store';
import { roundTimes } from './events.presenter';

export type ExportKind = 'participants' | 'pairs' | 'schedule';

/** Names in both languages, as organisers print them. */
const names = (p: { name: { ja?: string; en?: string } } | undefined) => [p?.name.ja ?? '', p?.name.en ?? ''];

/** One of the event's CSV exports (UTF-8 with BOM, CRLF, quoted, formula-safe). */
export async function exportCsv(
  deps: EventsDeps,
  viewer: NonNullable<Viewer>,
  id: string,
  kind: ExportKind,
): Promise<{ filename: string; body: string }> {
  const event = await loadOrganisedEvent(id, viewer);
  const filename = `event-${id}-${kind}.csv`;
  if (kind === 'participants') {
    // Participants are the members who joined or accepted; open and declined invitations are not.
    const joined = (
      await ParticipantModel.find({ eventId: event._id }).sort({ joinedAt: 1, _id: 1 }).lean<ParticipantRecord[]>()
    ).filter((r) => hasJoined(r.status));
    const docs = await loadProfiles(joined.map((r) => r.profileId.toString()));
    const profiles = new Map(
      [...docs].filter(([, doc]) => mayShowEventProfile(doc, viewer, { organiser: true, joined: true })),
    );
    const rows = joined.filter((r) => profiles.has(r.profileId.toString()));
    return {
      filename,
      body: toCsv(
        ['profileId', 'name_ja', 'name_en', 'kind', 'area', 'status', 'source', 'joinedAt', 'availability'],
        rows.map((r) => {
          const p = profiles.get(r.profileId.toString());
          return [
            r.profileId.toString(),
            ...names(p),
            p?.kind ?? '',
            p?.location.area ?? '',
            r.status,
            r.source,
            r.joinedAt.toISOString(),
            r.availability ? r.availability.map((a) => (a ? '1' : '0')).join('') : '',
          ];
        }),
      ),
    };
  }
  if (kind === 'pairs') {
    const { pairs, profiles } = await eventPairs(deps, event);
    return {
      filename,
      body: toCsv(
        ['pairKey', 'a_name_ja', 'a_name_en', 'b_name_ja', 'b_name_en', 'kinds', 'score', 'status', 'pinned', 'manual'],
        pairs.map((p) => [
          p.key,
          ...names(profiles.get(p.a)),
          ...names(profiles.get(p.b)),
          p.kinds,
          p.score,
          p.status,
          p.pinned,
          p.manual,
        ]),
      ),
    };
  }
  const s = await loadSchedule(event._id);
  const meetings = s?.meetings ?? [];
  const rounds = event.sessionPlan ? roundTimes(event.sessionPlan) : [];
  const profiles = await loadProfiles(meetings.flatMap((m) => [m.a, m.b]));
  return {
    filename,
    body: toCsv(
      [
        'round',
        'table',
        'start',
        'end',
        'a_name',
        'b_name',
        'a_profileId',
        'b_profileId',
        'score',
        'locked',
        'published',
      ],
      meetings.map((m) => [
        m.round,
        m.table,
        rounds[m.round - 1]?.start ?? '',
        rounds[m.round - 1]?.end ?? '',
        nameOf(profiles.get(m.a) ?? { name: {} }, 'ja'),
        nameOf(profiles.get(m.b) ?? { name: {} }, 'ja'),
        m.a,
        m.b,
        m.score,
        m.locked,
        !!m.meetingId,
      ]),
    ),
  };
}
