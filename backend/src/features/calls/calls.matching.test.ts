import { buildTestApp } from '../../../test/helpers';
import { corporateProfile, member, postCall, type Member } from '../../../test/call-helpers';

const { app, runtime } = buildTestApp();

const robotStartup = {
  kind: 'startup',
  name: { en: 'Harbour Robotics' },
  headline: { en: 'Autonomous delivery robots' },
  description: { en: 'Delivery robots for port logistics and last-mile delivery.' },
  tags: ['robotics'],
  offers: [{ category: 'engineering', text: 'Autonomous delivery robots and navigation software' }],
  seeks: [{ category: 'poc-partner', text: 'A port or station to run delivery robot pilots' }],
  visibility: 'public',
};
const paymentStartup = {
  kind: 'startup',
  name: { en: 'Pay Quick' },
  headline: { en: 'Payment APIs' },
  description: { en: 'Payment APIs for shops.' },
  offers: [{ category: 'engineering', text: 'Payment APIs' }],
  seeks: [{ category: 'funding', text: 'Series A' }],
};
const robotFilmmaker = {
  kind: 'creator',
  name: { en: 'Robot Films' },
  headline: { en: 'Films about robots' },
  description: { en: 'Documentary films about robots at work.' },
  tags: ['robotics'],
  offers: [{ category: 'content', text: 'Video of delivery robots' }],
  seeks: [{ category: 'funding', text: 'Production budget' }],
  startup: undefined,
  creator: { disciplines: ['film'], portfolioLinks: [] },
};
const robotMaker = corporateProfile({
  name: { en: 'Big Robot Corp' },
  headline: { en: 'Delivery robot manufacturer' },
  tags: ['robotics'],
  offers: [{ category: 'engineering', text: 'Autonomous delivery robots' }],
});
const hiddenRobots = { ...robotStartup, name: { en: 'Stealth Robots' }, visibility: 'hidden' };
const kioskDesigner = {
  kind: 'creator',
  name: { en: 'Kiosk Studio' },
  headline: { en: 'Kiosk and signage design' },
  description: { en: 'Kiosk UI design for stations.' },
  tags: ['ux-design'],
  offers: [{ category: 'design', text: 'Kiosk UI design and signage' }],
  seeks: [{ category: 'poc-partner', text: 'Stations to test kiosk designs' }],
  startup: undefined,
  creator: { disciplines: ['UX design'], portfolioLinks: [] },
};

let corp: Member;
let robots: Member;
let payments: Member;
let films: Member;
let maker: Member;
let hidden: Member;
let designer: Member;

beforeAll(async () => {
  await runtime.matchingIndex.ready();
  [corp, robots, payments, films, maker, hidden, designer] = await Promise.all([
    member(app, corporateProfile({ tags: ['robotics'] })),
    member(app, robotStartup),
    member(app, paymentStartup),
    member(app, robotFilmmaker, { language: 'ja' }),
    member(app, robotMaker),
    member(app, hiddenRobots),
    member(app, kioskDesigner),
  ]);
  for (const m of [corp, robots, payments, films, maker, hidden, designer]) {
    await runtime.matchingIndex.indexProfile(m.profileId);
  }
});

const robotCall = {
  title: { en: 'Delivery robot pilot at the port', ja: '港湾での配送ロボット実証実験' },
  challenge: { en: 'We seek autonomous delivery robots for a demonstration experiment in port logistics.' },
  tags: ['robotics'],
  offers: ['field-venue', 'data'],
};

describe('GET /api/calls/:id/candidates', () => {
  it('ranks the fitting startup first, with reasons, and leaves out ineligible kinds, hidden profiles and the poster', async () => {
    const call = await postCall(corp.agent, robotCall);
    const res = await corp.agent.get(`/api/calls/${call.id}/candidates`).expect(200);
    const items = res.body.items as {
      profile: { id: string; kind: string };
      score: number;
      reasons: { type: string; text: string }[];
    }[];
    const ids = items.map((c) => c.profile.id);
    expect(ids[0]).toBe(robots.profileId);
    expect(items[0]!.score).toBeGreaterThan(0);
    expect(items[0]!.reasons.some((r) => r.type === 'they-offer-you-seek')).toBe(true);
    expect(items[0]!.reasons[0]!.text).toMatch(/^(They offer|You)/);
    expect(ids).not.toContain(maker.profileId);
    expect(ids).not.toContain(hidden.profileId);
    expect(ids).not.toContain(corp.profileId);
    expect(items.every((c) => c.profile.kind !== 'corporate')).toBe(true);
    const paymentsRank = ids.indexOf(payments.profileId);
    if (paymentsRank >= 0) expect(items[paymentsRank]!.score).toBeLessThan(items[0]!.score);
  });

  it('applies the call eligibility and the filters, and marks invited and applied candidates', async () => {
    const call = await postCall(corp.agent, { ...robotCall, eligibleKinds: ['creator'] });
    const res = await corp.agent.get(`/api/calls/${call.id}/candidates`).expect(200);
    const kinds = new Set(res.body.items.map((c: { profile: { kind: string } }) => c.profile.kind));
    expect([...kinds]).toEqual(['creator']);
    const onlyStartups = await corp.agent.get(`/api/calls/${call.id}/candidates?kind=startup`).expect(200);
    expect(onlyStartups.body.items).toEqual([]);

    await corp.agent.post(`/api/calls/${call.id}/invitations`).send({ profileId: films.profileId }).expect(201);
    await films.agent
      .post(`/api/calls/${call.id}/applications`)
      .send({ pitch: { en: 'Hi' } })
      .expect(201);
    const again = await corp.agent.get(`/api/calls/${call.id}/candidates`).expect(200);
    const filmEntry = again.body.items.find((c: { profile: { id: string } }) => c.profile.id === films.profileId);
    expect(filmEntry).toMatchObject({ invited: true, applied: true });
  });

  it('is the poster’s (and admins’) only: others get 404', async () => {
    const call = await postCall(corp.agent, robotCall);
    await robots.agent.get(`/api/calls/${call.id}/candidates`).expect(404);
    await corp.agent.get(`/api/calls/${call.id}/candidates?limit=500`).expect(400);
  });
});

describe('GET /api/calls/for-me', () => {
  it('lists an open call that fits the member, with reasons from their side, and not one they cannot apply to', async () => {
    const fitting = await postCall(corp.agent, { ...robotCall, eligibleKinds: ['startup'] });
    const forCreators = await postCall(corp.agent, { ...robotCall, eligibleKinds: ['creator'] });
    const elsewhere = await postCall(corp.agent, { ...robotCall, eligibleAreas: ['overseas'] });
    const res = await robots.agent.get('/api/calls/for-me').expect(200);
    const ids = res.body.map((s: { call: { id: string } }) => s.call.id);
    expect(ids).toContain(fitting.id);
    expect(ids).not.toContain(forCreators.id);
    expect(ids).not.toContain(elsewhere.id);
    const entry = res.body.find((s: { call: { id: string } }) => s.call.id === fitting.id);
    expect(entry.score).toBeGreaterThan(0);
    expect(entry.call.viewer.canApply).toBe(true);
    expect(entry.reasons.some((r: { type: string }) => r.type === 'you-offer-they-seek')).toBe(true);

    await robots.agent
      .post(`/api/calls/${fitting.id}/applications`)
      .send({ pitch: { en: 'Hi' } })
      .expect(201);
    const after = await robots.agent.get('/api/calls/for-me').expect(200);
    expect(after.body.map((s: { call: { id: string } }) => s.call.id)).not.toContain(fitting.id);
  });

  it('ranks the robot call above the kiosk call for the robot startup, in the member’s language', async () => {
    const kiosk = await postCall(corp.agent, {
      title: { en: 'Station kiosk redesign' },
      challenge: { en: 'Kiosk UI design and signage for stations.' },
      tags: ['ux-design'],
    });
    const robot = await postCall(corp.agent, robotCall);
    const forRobots = (await robots.agent.get('/api/calls/for-me').expect(200)).body as { call: { id: string } }[];
    const order = forRobots.map((s) => s.call.id);
    expect(order).toContain(robot.id);
    expect(order[0]).not.toBe(kiosk.id);
    const forDesigner = (await designer.agent.get('/api/calls/for-me').expect(200)).body as { call: { id: string } }[];
    expect(forDesigner[0]!.call.id).toBe(kiosk.id);
    const ja = (await films.agent.get('/api/calls/for-me').expect(200)).body as { reasons: { text: string }[] }[];
    expect(ja.length).toBeGreaterThan(0);
    expect(ja[0]!.reasons[0]!.text).toMatch(/[ぁ-んァ-ン一-龯]/);
  });

  it('is empty for a member without a profile', async () => {
    const nobody = await member(app, null);
    const res = await nobody.agent.get('/api/calls/for-me').expect(200);
    expect(res.body).toEqual([]);
  });
});
