import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ScheduleJobDto } from '@musubi/shared';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { buildSchedule, EVENT_ID, organiserView } from './eventsTestData';

const base = `/api/events/${EVENT_ID}`;

const runningJob = (overrides: Partial<ScheduleJobDto> = {}): ScheduleJobDto => ({
  id: 'job1',
  status: 'running',
  phase: 'optimise',
  progress: 0.45,
  elapsedMs: 1200,
  budgetMs: 2000,
  startedAt: new Date().toISOString(),
  finishedAt: null,
  error: null,
  ...overrides,
});

describe('ScheduleTab: generation progress', () => {
  it('shows the job’s progress while the schedule generates, then the new draft', { timeout: 40_000 }, async () => {
    let finish!: () => void;
    const generated = new Promise<void>((resolve) => (finish = resolve));
    let job: ScheduleJobDto = runningJob({ phase: 'pairs', progress: 0 });
    const api = mockApi({
      'GET /api/me': signedInAs(buildUser({ role: 'organiser' })),
      [`GET ${base}`]: { status: 200, body: organiserView() },
      [`GET ${base}/schedule`]: { status: 200, body: buildSchedule({ status: 'none', meetings: [], stats: null }) },
      [`GET ${base}/schedule/job`]: () => ({ status: 200, body: job }),
      [`POST ${base}/schedule/generate`]: async () => {
        await generated;
        return { status: 200, body: buildSchedule() };
      },
    });
    renderApp(`/events/${EVENT_ID}/manage?tab=schedule`);
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Generate schedule' }, { timeout: 5000 }));
    const bar = await screen.findByRole('progressbar', { name: 'Schedule generation progress' });
    expect(await screen.findByText('Building candidate pairs…')).toBeVisible();
    expect(bar).not.toHaveAttribute('aria-valuenow');

    job = runningJob({ phase: 'optimise', progress: 0.45 });
    expect(await screen.findByText('Optimising: 45% of the time budget used', {}, { timeout: 5000 })).toBeVisible();
    expect(screen.getByRole('progressbar', { name: 'Schedule generation progress' })).toHaveAttribute(
      'aria-valuenow',
      '45',
    );

    finish();
    expect(await screen.findByText('A new draft schedule was generated.')).toBeVisible();
    await waitFor(() =>
      expect(screen.queryByRole('progressbar', { name: 'Schedule generation progress' })).not.toBeInTheDocument(),
    );
    expect(await screen.findByRole('region', { name: 'Schedule: rounds by tables' })).toBeVisible();
    expect(api.calls(`POST ${base}/schedule/generate`)).toHaveLength(1);
  });
});
