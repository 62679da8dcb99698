import { ROLES, type Role } from '@musubi/shared';
import { setRoleFromCli } from '../features/roles';
import { withDatabase } from './with-database';

const isRole = (value: string | undefined): value is Role => ROLES.includes(value as Role);

/** `npm run grant-role -- someone@example.com organiser|member|admin`: sets a role, audited as the CLI's. */
async function main(): Promise<void> {
  const [email, role] = process.argv.slice(2);
  if (!email || !isRole(role)) {
    console.error(`Usage: npm run grant-role -- <email> ${ROLES.join('|')}`);
    process.exit(2);
  }
  const user = await withDatabase(() => setRoleFromCli(email, role));
  if (!user) {
    console.error(`No account with email ${email}`);
    process.exit(1);
  }
  console.log(`${user.email} is now ${role === 'member' ? 'a member' : `an ${role}`}.`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
