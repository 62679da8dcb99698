import { Types, trusted } from 'mongoose';
import { MEETING_LIMITS, type AvailabilityDto, type AvailabilityInput, type FreeSlotsDto } from '@musubi/shared';
import { UserModel } from '../accounts';
import { validationFailed } from '../../http/errors';
import { nowMs } from './clock';
import { AvailabilityModel, type AvailabilityRecord } from './availability.model';
import { BookingBlockModel } from './meeting.model';
import { BLOCK_MS, ceilToBlock, withinRules, type WeeklyRules } from './zones';

const DAY_MS = 24 * 3600 * 1000;
const DEFAULT_WINDOW_DAYS = 14;

/** The stored weekly rules of a user (null when they never set any). */
export async function rulesOf(userId: string): Promise<WeeklyRules | null> {
  const a = await AvailabilityModel.findById(new Types.ObjectId(userId)).lean<AvailabilityRecord>();
  return a ? { timeZone: a.timeZone, rules: a.rules } : null;
}

/** One's availability; by default the account's zone and no rules. */
export async function getAvailability(userId: string): Promise<AvailabilityDto> {
  const stored = await rulesOf(userId);
  if (stored)
    return {
      timeZone: stored.timeZone,
      rules: stored.rules.map(({ weekday, start, end }) => ({ weekday, start, end })),
    };
  const user = await UserModel.findById(new Types.ObjectId(userId), { timeZone: 1 }).lean();
  return { timeZone: user?.timeZone ?? 'UTC', rules: [] };
}

export async function setAvailability(userId: string, input: AvailabilityInput): Promise<AvailabilityDto> {
  const rules = input.rules.map(({ weekday, start, end }) => ({ weekday, start, end }));
  await AvailabilityModel.updateOne(
    { _id: new Types.ObjectId(userId) },
    { $set: { timeZone: input.timeZone, rules, updatedAt: new Date() } },
    { upsert: true },
  );
  return { timeZone: input.timeZone, rules };
}

/** Booked block starts (ms) of these users inside [from, to). */
async function bookedBlocks(userIds: string[], from: number, to: number): Promise<Set<number>> {
  const rows = await BookingBlockModel.find(
    {
      userId: trusted({ $in: userIds.map((u) => new Types.ObjectId(u)) }),
      blockStart: trusted({ $gte: new Date(from), $lt: new Date(to) }),
    },
    { blockStart: 1 },
  ).lean();
  return new Set(rows.map((r) => r.blockStart.getTime()));
}

/**
 * The receiver's free slots: their weekly availability (wall clock in their zone) expanded to UTC
 * slots on the 15-minute grid, minus both people's booked blocks, future only. Slots found one
 * after another do not overlap (the next candidate starts where a found one ends).
 */
export async function freeSlots(
  viewerId: string,
  receiverId: string,
  query: { from?: string; to?: string; duration: number },
): Promise<FreeSlotsDto> {
  const weekly = await rulesOf(receiverId);
  const timeZone = weekly?.timeZone ?? (await getAvailability(receiverId)).timeZone;
  if (!weekly || weekly.rules.length === 0) return { timeZone, hasAvailability: false, slots: [] };

  const earliest = ceilToBlock(nowMs() + 1);
  const from = Math.max(earliest, ceilToBlock(query.from ? Date.parse(query.from) : earliest));
  const horizon = earliest + MEETING_LIMITS.horizonDays * DAY_MS;
  const to = Math.min(
    query.to ? Date.parse(query.to) : from + DEFAULT_WINDOW_DAYS * DAY_MS,
    from + MEETING_LIMITS.freeSlotsMaxDays * DAY_MS,
    horizon,
  );
  if (query.to && Date.parse(query.to) <= (query.from ? Date.parse(query.from) : earliest)) {
    throw validationFailed([{ path: 'to', message: 'The end must be after the start' }]);
  }
  const durationMs = query.duration * 60_000;
  const booked = await bookedBlocks([...new Set([receiverId, viewerId])], from, to + durationMs);
  const slots: FreeSlotsDto['slots'] = [];
  let t = from;
  while (t + durationMs <= to && slots.length < MEETING_LIMITS.freeSlotsMax) {
    let free = withinRules(t, query.duration, weekly);
    for (let b = t; free && b < t + durationMs; b += BLOCK_MS) if (booked.has(b)) free = false;
    if (free) {
      slots.push({ start: new Date(t).toISOString(), end: new Date(t + durationMs).toISOString() });
      t += durationMs;
    } else {
      t += BLOCK_MS;
    }
  }
  return { timeZone, hasAvailability: true, slots };
}

/** A deleted account's availability goes with it. */
export async function deleteAvailabilityOf(userId: string): Promise<void> {
  await AvailabilityModel.deleteOne({ _id: new Types.ObjectId(userId) });
}
