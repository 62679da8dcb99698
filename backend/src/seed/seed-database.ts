import { trusted } from 'mongoose';
import { UpsertProfileSchema } from '@musubi/shared';
import type { DomainEventBus } from '../events';
import { UserModel } from '../features/accounts';
import { hashPassword } from '../features/accounts/passwords';
import { ProfileModel } from '../features/profiles';
import { upsertMyProfile } from '../features/profiles/profiles.service';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { generateDemoProfiles } from './demo-profiles';
import { DEMO_PARTNERS } from './demo-partners';
import { seedDemoCalls } from './demo-calls';
import { seedDemoEvent } from './demo-events';

const DEMO_CORPORATE_EMAIL = 'corporate@musubi.example';
const DEMO_ORGANISER_EMAIL = 'organiser@musubi.example';

export interface SeedResult {
  usersCreated: number;
  profilesCreated: number;
  /** Open calls from the demo corporate (so "Open calls for you" is not empty on a fresh start). */
  callsCreated: number;
  /** The demo organiser's published matching day (1 on the first run). */
  eventsCreated: number;
  total: number;
  ms: number;
}

/**
 * Inserts the demo accounts, their hand-written partners and `count` generated members with their profiles. Idempotent: an
 * account that exists (by email) is not touched again, and a profile is only created when missing.
 */
export async function seedDemoData(options: {
  count?: number;
  events: DomainEventBus;
  onProgress?: (done: number, total: number) => void;
}): Promise<SeedResult> {
  const started = Date.now();
  const members = [...DEMO_ACCOUNTS, ...DEMO_PARTNERS, ...generateDemoProfiles(options.count ?? 300)];
  // One argon2 hash for every demo account (they share the documented password): hashing 300
  // times would take most of the seeding time.
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // Two queries find what already exists, so a re-run costs little and duplicates nothing.
  const emails = members.map((m) => m.email);
  const existing = await UserModel.find({ email: trusted({ $in: emails }) }, { email: 1 }).lean();
  const userIds = new Map(existing.map((u) => [u.email, u._id]));
  const missing = members.filter((m) => !userIds.has(m.email));
  if (missing.length) {
    const inserted = await UserModel.insertMany(
      missing.map((m) => ({
        email: m.email,
        passwordHash,
        displayName: m.displayName,
        language: m.language,
        timeZone: m.timeZone,
        role: 'role' in m ? m.role : 'member',
      })),
    );
    for (const u of inserted) userIds.set(u.email, u._id);
  }
  const withProfile = new Set(
    (await ProfileModel.find({ userId: trusted({ $in: [...userIds.values()] }) }, { userId: 1 }).lean()).map((p) =>
      p.userId.toString(),
    ),
  );
  let profilesCreated = 0;
  for (const [i, member] of members.entries()) {
    const userId = userIds.get(member.email)!.toString();
    if (member.profile && !withProfile.has(userId)) {
      await upsertMyProfile(userId, UpsertProfileSchema.parse(member.profile), options.events);
      profilesCreated += 1;
    }
    options.onProgress?.(i + 1, members.length);
  }
  const usersCreated = missing.length;
  const callsCreated = await seedDemoCalls(DEMO_CORPORATE_EMAIL);
  const eventsCreated = await seedDemoEvent(DEMO_ORGANISER_EMAIL);
  return {
    usersCreated,
    profilesCreated,
    callsCreated,
    eventsCreated,
    total: members.length,
    ms: Date.now() - started,
  };
}

/** A one-line progress bar on a terminal, a line every 25% elsewhere. */
export function progressBar(label: string, stream: NodeJS.WriteStream = process.stdout) {
  let lastQuarter = -1;
  return (done: number, total: number) => {
    if (stream.isTTY) {
      const width = 30;
      const filled = Math.round((done / total) * width);
      stream.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
      if (done === total) stream.write('\n');
      return;
    }
    const quarter = Math.floor((done / total) * 4);
    if (quarter !== lastQuarter) {
      lastQuarter = quarter;
      stream.write(`${label} ${done}/${total}\n`);
    }
  };
}
