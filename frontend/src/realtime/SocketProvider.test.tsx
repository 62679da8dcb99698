import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../auth/AuthProvider';
import { useAuth } from '../auth/AuthContext';
import { anonymous, buildUser, createFakeSocket, mockApi, signedInAs } from '../test/fakes';
import { useSocket } from './SocketContext';
import { SocketProvider } from './SocketProvider';

function Probe() {
  const { state, socket } = useSocket();
  const { logout, status } = useAuth();
  return (
    <>
      <p>auth: {status}</p>
      <p>socket: {socket ? state : 'none'}</p>
      <button onClick={() => void logout()}>log out</button>
    </>
  );
}

function renderWithSocket(createSocket: () => ReturnType<typeof createFakeSocket>) {
  return render(
    <AuthProvider>
      <SocketProvider createSocket={createSocket}>
        <Probe />
      </SocketProvider>
    </AuthProvider>,
  );
}

describe('SocketProvider', () => {
  it('when logged out, opens no connection', async () => {
    mockApi({ 'GET /api/me': anonymous });
    const createSocket = vi.fn(createFakeSocket);
    renderWithSocket(createSocket);

    expect(await screen.findByText('auth: anonymous')).toBeInTheDocument();
    expect(screen.getByText('socket: none')).toBeInTheDocument();
    expect(createSocket).not.toHaveBeenCalled();
  });

  it('when logged in, connects and reports the state; on logout, disconnects', async () => {
    mockApi({ 'GET /api/me': signedInAs(buildUser()), 'POST /api/auth/logout': { status: 204 } });
    const socket = createFakeSocket();
    renderWithSocket(() => socket);

    expect(await screen.findByText('socket: connecting')).toBeInTheDocument();
    expect(socket.connect).toHaveBeenCalled();

    act(() => socket.acceptHandshake());
    expect(screen.getByText('socket: connected')).toBeInTheDocument();

    await userEvent.setup().click(screen.getByRole('button', { name: 'log out' }));

    expect(await screen.findByText('socket: none')).toBeInTheDocument();
    expect(socket.disconnect).toHaveBeenCalled();
  });
});
