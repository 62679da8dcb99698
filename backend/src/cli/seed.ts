import { DomainEventBus } from '../events';
import { progressBar, seedDemoData } from '../seed';
import { withDatabase } from './with-database';

/** `npm run seed [-- --count N]`: demo accounts and N (default 300) generated members. */
async function main(): Promise<void> {
  const countArg = process.argv.indexOf('--count');
  const count = countArg > 0 ? Number(process.argv[countArg + 1]) : 300;
  if (!Number.isInteger(count) || count < 0 || count > 100000) {
    console.error('--count takes a whole number from 0 to 100000');
    process.exit(2);
  }
  const result = await withDatabase(() =>
    seedDemoData({ count, events: new DomainEventBus(), onProgress: progressBar('Seeding demo data') }),
  );
  console.log(
    `Seeded in ${(result.ms / 1000).toFixed(1)} s: ${result.usersCreated} new accounts, ` +
      `${result.profilesCreated} new profiles (${result.total} demo members in all).`,
  );
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
