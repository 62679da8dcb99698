import { useMemo } from 'react';
import { createBrowserRouter, RouterProvider, type RouteObject } from 'react-router';
import { useAuth } from './auth/AuthContext';
import { GuestOnly, RequireAuth } from './auth/guards';
import { AdminPage } from './features/admin/AdminPage';
import { LoginPage } from './features/auth/LoginPage';
import { SignupPage } from './features/auth/SignupPage';
import { NotFoundPage } from './features/errors/NotFoundPage';
import { RouteErrorPage } from './features/errors/RouteErrorPage';
import { CallFormPage, CallPage, CallsPage } from './features/calls';
import { MessagesPage } from './features/chat/MessagesPage';
import { DirectoryPage } from './features/directory/DirectoryPage';
import { AgendaPage, EventFormPage, EventPage, EventsPage, ManagePage, PrintPage } from './features/events';
import { HomePage } from './features/home/HomePage';
import { LandingPage } from './features/landing/LandingPage';
import { MeetingDetailPage, MeetingsPage } from './features/meetings';
import { NotificationsPage } from './features/notifications';
import { MatchingLayout } from './features/matching/MatchingLayout';
import { SavedPage } from './features/matching/SavedPage';
import { SuggestionsPage } from './features/matching/SuggestionsPage';
import { OnboardingPage } from './features/profiles/OnboardingPage';
import { ProfileEditPage } from './features/profiles/ProfileEditPage';
import { MyProfilePage, ProfilePage } from './features/profiles/ProfilePage';
import { SearchPage } from './features/search/SearchPage';
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
        children: [
          { path: 'settings', element: <SettingsPage /> },
          { path: 'admin', element: <AdminPage /> },
          { path: 'onboarding', element: <OnboardingPage /> },
          { path: 'profile', element: <MyProfilePage /> },
          { path: 'profile/edit', element: <ProfileEditPage /> },
          { path: 'messages', element: <MessagesPage /> },
          { path: 'messages/:conversationId', element: <MessagesPage /> },
          { path: 'meetings', element: <MeetingsPage /> },
          { path: 'meetings/:id', element: <MeetingDetailPage /> },
          { path: 'notifications', element: <NotificationsPage /> },
          { path: 'calls', element: <CallsPage /> },
          { path: 'calls/new', element: <CallFormPage /> },
          { path: 'calls/:id', element: <CallPage /> },
          { path: 'calls/:id/edit', element: <CallFormPage /> },
          { path: 'events/new', element: <EventFormPage /> },
          { path: 'events/:id/edit', element: <EventFormPage /> },
          { path: 'events/:id/manage', element: <ManagePage /> },
          { path: 'events/:id/agenda', element: <AgendaPage /> },
          { path: 'events/:id/print', element: <PrintPage /> },
          {
            path: 'suggestions',
            element: <MatchingLayout />,
            children: [
              { index: true, element: <SuggestionsPage /> },
              { path: 'saved', element: <SavedPage /> },
            ],
          },
        ],
      },
      // Public: visitors see public profiles, members also those shown to members.
      { path: 'directory', element: <DirectoryPage /> },
      { path: 'search', element: <SearchPage /> },
      { path: 'events', element: <EventsPage /> },
      { path: 'events/:id', element: <EventPage /> },
      { path: 'profiles/:id', element: <ProfilePage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function App() {
  const router = useMemo(() => createBrowserRouter(routes), []);
  return <RouterProvider router={router} />;
}
