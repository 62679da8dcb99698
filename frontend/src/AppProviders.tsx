import type { ReactNode } from 'react';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { I18nextProvider } from 'react-i18next';
import { AuthProvider } from './auth/AuthProvider';
import { ChatProvider } from './features/chat/ChatProvider';
import { NotificationsProvider } from './features/notifications';
import i18n from './i18n';
import { SocketProvider, type SocketFactory } from './realtime/SocketProvider';
import { theme } from './theme';

interface Props {
  children: ReactNode;
  /** Tests replace the real Socket.IO connection. */
  createSocket?: SocketFactory;
}

/** Everything the pages rely on, in one place for the app and for tests. */
export function AppProviders({ children, createSocket }: Props) {
  return (
    <I18nextProvider i18n={i18n}>
      <ThemeProvider theme={theme}>
        <CssBaseline />
        <AuthProvider>
          <SocketProvider createSocket={createSocket}>
            <ChatProvider>
              <NotificationsProvider>{children}</NotificationsProvider>
            </ChatProvider>
          </SocketProvider>
        </AuthProvider>
      </ThemeProvider>
    </I18nextProvider>
  );
}
