import { provisionDatabase, type ProvisionedDatabase } from '../src/db/embedded';

declare global {
  var __MUSUBI_TEST_DB__: ProvisionedDatabase | undefined;
}

/** One throw-away database server per test run; each test file uses its own database in it. */
export default async function globalSetup(): Promise<void> {
  process.env.DOTENV_CONFIG_QUIET = 'true';
  const db = await provisionDatabase({
    mongodbUri: process.env.MONGODB_URI,
    log: (m) => process.stderr.write(`[test database] ${m}\n`),
  });
  globalThis.__MUSUBI_TEST_DB__ = db;
  process.env.MUSUBI_TEST_MONGODB_URI = db.uri;
  process.env.MUSUBI_TEST_DATABASE_KIND = db.kind;
}
