import type { MeetingRecord } from './meeting.model';
import type { Person } from './people';

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1), never inside a UTF-8 character; each
 * continuation starts with one space, which counts towards its 75.
 */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = Buffer.byteLength(ch, 'utf8');
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 20261125T100000Z */
export const icsDate = (d: Date) =>
  d
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

export const meetingUid = (m: Pick<MeetingRecord, '_id'>) => `meeting-${m._id.toString()}@musubi`;

function statusOf(m: MeetingRecord): 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED' {
  if (m.status === 'accepted') return 'CONFIRMED';
  if (m.status === 'pending') return 'TENTATIVE';
  return 'CANCELLED';
}

/** The agreed time, or (pending and closed requests) the first proposed one. */
function timesOf(m: MeetingRecord): { start: Date; end: Date } | null {
  if (m.acceptedStart && m.acceptedEnd) return { start: m.acceptedStart, end: m.acceptedEnd };
  const first = m.slots[0];
  return first ? { start: first.start, end: new Date(first.start.getTime() + first.durationMinutes * 60_000) } : null;
}

function whereOf(m: MeetingRecord): { location?: string; url?: string } {
  const l = m.location;
  if (l.format === 'online') return l.url ? { location: l.url, url: l.url } : { location: 'Online' };
  if (l.format === 'in_person') return { location: l.place };
  return l.place ? { location: l.place } : {};
}

/** One VEVENT: stable UID, SEQUENCE from the meeting, times in UTC. */
function eventLines(m: MeetingRecord, people: Map<string, Person>): string[] {
  const times = timesOf(m);
  if (!times) return [];
  const name = (id: { toString(): string }) => people.get(id.toString())?.displayName ?? '';
  const where = whereOf(m);
  return [
    'BEGIN:VEVENT',
    `UID:${meetingUid(m)}`,
    `DTSTAMP:${icsDate(m.updatedAt)}`,
    `CREATED:${icsDate(m.createdAt)}`,
    `LAST-MODIFIED:${icsDate(m.updatedAt)}`,
    `SEQUENCE:${m.sequence}`,
    `DTSTART:${icsDate(times.start)}`,
    `DTEND:${icsDate(times.end)}`,
    `SUMMARY:${escapeText(`Musubi: ${name(m.requesterId)} × ${name(m.receiverId)}`)}`,
    ...(m.message ? [`DESCRIPTION:${escapeText(m.message)}`] : []),
    ...(where.location ? [`LOCATION:${escapeText(where.location)}`] : []),
    ...(where.url ? [`URL:${where.url}`] : []),
    `STATUS:${statusOf(m)}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** A whole iCalendar object (METHOD:PUBLISH), folded, CRLF line ends. */
export function buildCalendar(meetings: MeetingRecord[], people: Map<string, Person>, name?: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Musubi//Meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`] : []),
    ...meetings.flatMap((m) => eventLines(m, people)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
