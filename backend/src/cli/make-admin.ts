import { setRoleFromCli } from '../features/roles';
import { withDatabase } from './with-database';

/** `npm run make-admin -- someone@example.com`: the same as `npm run grant-role -- <email> admin`. */
async function main(): Promise<void> {
  const email = process.argv[2];
  if (!email) {
    console.error('Usage: npm run make-admin -- <email>');
    process.exit(2);
  }
  const user = await withDatabase(() => setRoleFromCli(email, 'admin'));
  if (!user) {
    console.error(`No account with email ${email}`);
    process.exit(1);
  }
  console.log(`${user.email} is now an admin.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
