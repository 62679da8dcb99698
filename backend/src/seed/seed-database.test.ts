import { DomainEventBus } from '../events';
import { UserModel } from '../features/accounts';
import { ProfileModel } from '../features/profiles';
import { buildTestApp } from '../../test/helpers';
import request from 'supertest';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts';
import { DEMO_PARTNERS } from './demo-partners';
import { seedDemoData } from './seed-database';

const { app } = buildTestApp();

describe('seedDemoData', () => {
  it('creates the demo accounts and members with profiles, and a second run duplicates nothing', async () => {
    const events = new DomainEventBus();
    const progress: number[] = [];
    const first = await seedDemoData({ count: 40, events, onProgress: (done) => progress.push(done) });
    expect(first.total).toBe(DEMO_ACCOUNTS.length + DEMO_PARTNERS.length + 40);
    expect(first.usersCreated).toBe(first.total);
    const withProfile = DEMO_ACCOUNTS.filter((a) => a.profile).length + DEMO_PARTNERS.length + 40;
    expect(first.profilesCreated).toBe(withProfile);
    expect(progress.at(-1)).toBe(first.total);

    const second = await seedDemoData({ count: 40, events });
    expect(second).toMatchObject({ usersCreated: 0, profilesCreated: 0 });
    expect(await UserModel.countDocuments()).toBe(first.total);
    expect(await ProfileModel.countDocuments()).toBe(withProfile);
  });

  it('lets people sign in with the documented demo accounts', async () => {
    await seedDemoData({ count: 0, events: new DomainEventBus() });
    for (const account of DEMO_ACCOUNTS) {
      const res = await request(app).post('/api/auth/login').send({ email: account.email, password: DEMO_PASSWORD });
      expect(res.status).toBe(200);
      expect(res.body.user.role).toBe(account.role);
    }
  });
});
