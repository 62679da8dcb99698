import request from 'supertest';
import { DomainEventBus } from '../events';
import { CallModel } from '../features/calls';
import { buildTestApp } from '../../test/helpers';
import { DEMO_PASSWORD } from './demo-accounts';
import { seedDemoData } from './seed-database';

const { app, runtime } = buildTestApp();

async function signIn(email: string) {
  const agent = request.agent(app);
  await agent.post('/api/auth/login').send({ email, password: DEMO_PASSWORD }).expect(200);
  return agent;
}

describe('demo open calls', () => {
  it('are seeded once, open, and show up under "Open calls for you" for the demo startup and creator', async () => {
    const first = await seedDemoData({ count: 0, events: new DomainEventBus() });
    expect(first.callsCreated).toBe(3);
    const again = await seedDemoData({ count: 0, events: new DomainEventBus() });
    expect(again.callsCreated).toBe(0);
    expect(await CallModel.countDocuments({ status: 'open' })).toBe(3);

    await runtime.matchingIndex.ready();
    for (const email of ['startup@musubi.example', 'creator@musubi.example']) {
      const agent = await signIn(email);
      const res = await agent.get('/api/calls/for-me').expect(200);
      expect(res.body.length).toBeGreaterThan(0);
      expect(res.body[0].reasons.length).toBeGreaterThan(0);
      expect(res.body[0].call.poster.profile).not.toBeNull();
    }
  });
});
