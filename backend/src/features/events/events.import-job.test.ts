import type { ImportJobDto, NotificationPageDto } from '@musubi/shared';
import { buildTestApp } from '../../../test/helpers';
import { until } from '../../../test/chat-helpers';
import { createEvent, importCsv, memberWith, organiser, type Person } from '../../../test/event-helpers';
import { ImportJobModel } from './import-job.model';
import { IMPORT_BATCH_ROWS } from './import.service';
import { JOB_LOST_AFTER_MS } from './schedule-job';

const { app } = buildTestApp();

describe('events: CSV imports run as background jobs', () => {
  let org: Person;

  beforeAll(async () => {
    org = await organiser(app);
  });

  it('answers 202 with a job at once, then the job reports progress and the full report', async () => {
    const e = await createEvent(org, { capacity: 10 });
    const members = await Promise.all([memberWith(app), memberWith(app), memberWith(app)]);
    // More rows than one batch: members (one twice, by email and by profile id) among unknown ones.
    const unknown = Array.from({ length: IMPORT_BATCH_ROWS * 2 }, (_, i) => `nobody${i}@example.com,`);
    const csv = [
      'email,profileId',
      `${members[0]!.email},`,
      ...unknown,
      `,${members[1]!.profile.id}`,
      `${members[2]!.email.toUpperCase()},`,
      `,${members[0]!.profile.id}`,
    ].join('\n');
    const started = await org.agent.post(`/api/events/${e.id}/participants/import`).send({ csv }).expect(202);
    const total = unknown.length + 4;
    expect(started.body as ImportJobDto).toMatchObject({
      id: expect.any(String),
      status: 'running',
      total,
      error: null,
    });

    let job: ImportJobDto;
    for (;;) {
      job = (await org.agent.get(`/api/events/${e.id}/participants/import/${started.body.id}`).expect(200)).body;
      expect(job.processed).toBeLessThanOrEqual(total);
      if (job.status !== 'running') break;
      await new Promise((r) => setImmediate(r));
    }
    expect(job).toMatchObject({ status: 'done', processed: total, error: null, finishedAt: expect.any(String) });
    // Every well-formed row counts as invited, whether or not it names an account (no enumeration).
    expect(job.result).toEqual({ invited: total, skipped: [] });
    // The three members are invited; organisers see none of them until they accept.
    const list = await org.agent.get(`/api/events/${e.id}/participants`).expect(200);
    expect(list.body.items).toEqual([]);
    for (const m of members) {
      const seen = await m.agent.get(`/api/events/${e.id}`).expect(200);
      expect(seen.body.viewer.participantStatus).toBe('invited');
    }
    // The rows (emails) are not kept once the job is over.
    expect((await ImportJobModel.findById(started.body.id).lean())?.rows).toEqual([]);
  });

  it('a job finishes before members are notified, so its timing does not wait on which rows reached an account', async () => {
    const e = await createEvent(org);
    const m = await memberWith(app);
    const job = await importCsv(org, e.id, `email\n${m.email}`);
    expect(job).toMatchObject({ status: 'done', result: { invited: 1, skipped: [] } });
    let note: NotificationPageDto['items'][number] | undefined;
    await until(async () => {
      const page = (await m.agent.get('/api/notifications').expect(200)).body as NotificationPageDto;
      note = page.items.find((n) => n.type === 'event.invited');
      return !!note;
    });
    expect(Date.parse(note!.createdAt)).toBeGreaterThanOrEqual(Date.parse(job.finishedAt!));
  });

  it('bad CSV answers 400 and stores no job; strangers and unknown jobs get 404', async () => {
    const e = await createEvent(org);
    const before = await ImportJobModel.countDocuments({});
    await org.agent.post(`/api/events/${e.id}/participants/import`).send({ csv: 'name\nx' }).expect(400);
    expect(await ImportJobModel.countDocuments({})).toBe(before);
    const job = await importCsv(org, e.id, 'email\nnobody@example.com');
    const other = await organiser(app);
    await other.agent.get(`/api/events/${e.id}/participants/import/${job.id}`).expect(404);
    await org.agent.get(`/api/events/${e.id}/participants/import/000000000000000000000000`).expect(404);
    await org.agent.get(`/api/events/${e.id}/participants/import/nope`).expect(404);
  });

  it('a job whose process stopped is reported failed (interrupted) with the partial report', async () => {
    const e = await createEvent(org);
    const stale = new Date(Date.now() - JOB_LOST_AFTER_MS - 1000);
    const lost = await ImportJobModel.create({
      eventId: e.id,
      byUserId: org.user.id,
      status: 'running',
      rows: [{ line: 2, email: 'x@example.com', profileId: '' }],
      total: 2,
      processed: 1,
      result: { invited: 1, skipped: [] },
      createdAt: stale,
      updatedAt: stale,
    });
    const job = (await org.agent.get(`/api/events/${e.id}/participants/import/${lost._id.toString()}`).expect(200))
      .body as ImportJobDto;
    expect(job).toMatchObject({ status: 'failed', error: 'interrupted', processed: 1, total: 2 });
    expect(job.result.invited).toBe(1);
  });
});
