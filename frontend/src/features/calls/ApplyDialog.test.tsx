import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { buildUser, mockApi, signedInAs } from '../../test/fakes';
import { renderApp } from '../../test/renderApp';
import { applicationPage, buildApplication, buildCall, CALL_ID } from './callsTestData';

const base = `/api/calls/${CALL_ID}`;
const member = buildUser({ timeZone: 'Europe/Berlin' });

describe('Applying to a call', () => {
  it('checks the pitch and links, and explains a refusal after the deadline', { timeout: 40_000 }, async () => {
    const api = mockApi({
      'GET /api/me': signedInAs(member),
      [`GET ${base}`]: { status: 200, body: buildCall() },
      [`POST ${base}/applications`]: {
        status: 409,
        body: { error: { code: 'conflict', message: 'late', details: { reason: 'deadline_passed' } } },
      },
    });
    renderApp(`/calls/${CALL_ID}`);
    const user = userEvent.setup();

    expect(await screen.findByRole('heading', { name: 'PoC: easing station crowding', level: 1 })).toBeVisible();
    // The deadline in the call's zone (Tokyo), and the viewer's (Berlin) beside it.
    expect(screen.getByText(/Deadline: .*23:59/)).toHaveTextContent('(Tokyo)');
    expect(screen.getByText(/Your time: .*15:59 \(Berlin\)/)).toBeVisible();
    expect(screen.getByText('Field / venue')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Apply' }));
    const dialog = await screen.findByRole('dialog', { name: 'Apply to “PoC: easing station crowding”' });
    await user.click(within(dialog).getByRole('button', { name: 'Send application' }));
    expect(await within(dialog).findByText('Write a pitch in Japanese or English.')).toBeVisible();

    fireEvent.change(within(dialog).getByLabelText('Pitch (English)'), {
      target: { value: 'Sensors in two stations.' },
    });
    await user.click(within(dialog).getByRole('button', { name: 'Add a link' }));
    fireEvent.change(within(dialog).getByLabelText('Link 1'), { target: { value: 'javascript:alert(1)' } });
    await user.click(within(dialog).getByRole('button', { name: 'Send application' }));
    expect(within(dialog).getByLabelText('Link 1')).toHaveAccessibleDescription(
      'Enter a link starting with http:// or https://.',
    );
    expect(api.calls(`POST ${base}/applications`)).toHaveLength(0);

    fireEvent.change(within(dialog).getByLabelText('Link 1'), { target: { value: 'https://mobility.example' } });
    await user.click(within(dialog).getByRole('button', { name: 'Send application' }));
    expect(
      await within(dialog).findByText('The deadline for this call has passed, so applications are no longer accepted.'),
    ).toBeVisible();
    expect(api.calls(`POST ${base}/applications`)[0]?.body).toEqual({
      pitch: { en: 'Sensors in two stations.' },
      links: ['https://mobility.example'],
    });
  });

  it('after applying shows the status and can withdraw with a confirmation', { timeout: 40_000 }, async () => {
    const applied = buildApplication({ status: 'new', version: 4 });
    let withdrawn = false;
    const api = mockApi({
      'GET /api/me': signedInAs(member),
      [`GET ${base}`]: () => ({
        status: 200,
        body: buildCall({
          viewer: {
            isPoster: false,
            applicationId: applied.id,
            applicationStatus: withdrawn ? 'withdrawn' : 'new',
            canApply: withdrawn,
            cannotApplyReason: withdrawn ? null : 'already_applied',
          },
        }),
      }),
      [`GET ${base}/applications`]: { status: 200, body: applicationPage([applied]) },
      [`POST ${base}/applications/${applied.id}/withdraw`]: () => {
        withdrawn = true;
        return { status: 200, body: { ...applied, status: 'withdrawn', version: 5 } };
      },
    });
    renderApp(`/calls/${CALL_ID}`);
    const user = userEvent.setup();

    const section = await screen.findByRole('region', { name: 'Apply' });
    expect(await within(section).findByText('Our crowd sensors already run in two stations.')).toBeVisible();
    expect(within(section).getByText('New')).toBeVisible();
    await user.click(within(section).getByRole('button', { name: 'Withdraw application' }));
    const dialog = await screen.findByRole('dialog', { name: 'Withdraw your application?' });
    await user.click(within(dialog).getByRole('button', { name: 'Withdraw application' }));

    expect(await screen.findByRole('button', { name: 'Apply' })).toBeVisible();
    expect(screen.getByText(/You withdrew your application/)).toBeVisible();
    await waitFor(() =>
      expect(api.calls(`POST ${base}/applications/${applied.id}/withdraw`)[0]?.body).toEqual({ version: 4 }),
    );
  });
});
