import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { AppProviders } from '../AppProviders';
import { routes } from '../App';
import type { SocketFactory } from '../realtime/SocketProvider';
import { createFakeSocket } from './fakes';

/** Renders the whole app at `path`, with a fake socket unless one is given. */
export function renderApp(path: string, createSocket: SocketFactory = () => createFakeSocket()) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <AppProviders createSocket={createSocket}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...view, router };
}
