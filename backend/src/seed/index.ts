export { generateDemoProfiles, DEMO_MIX } from './demo-profiles';
export { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
export type { DemoAccount, DemoProfile } from './types';
export { seedDemoData, progressBar, type SeedResult } from './seed-database';
export { DEMO_PARTNERS, partnersOf } from './demo-partners';
