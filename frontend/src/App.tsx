import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { GuestOnly, RequireAuth } from './auth/guards';
import { LoginPage } from './features/auth/LoginPage';
import { SignupPage } from './features/auth/SignupPage';
import { NotFoundPage } from './features/errors/NotFoundPage';
import { RouteErrorPage } from './features/errors/RouteErrorPage';
import { HomePage } from './features/home/HomePage';
import { LandingPage } from './features/landing/LandingPage';
import { SettingsPage } from './features/settings/SettingsPage';
import { AppLayout } from './layout/AppLayout';
import { PageLoader } from './layout/PageStatus';

/** `/` is the landing page for visitors and the home page once signed in. */
function StartPage() {
  const { status, user } = useAuth();
  if (status === 'loading') return <PageLoader />;
  return user ? <HomePage user={user} /> : <LandingPage />;
}

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <StartPage /> },
      {
        element: <GuestOnly />,
        children: [
          { path: 'login', element: <LoginPage /> },
          { path: 'signup', element: <SignupPage /> },
        ],
      },
      {
        element: <RequireAuth />,
        children: [{ path: 'settings', element: <SettingsPage /> }],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function App() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
