import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { ApiError } from '../api/client';
import { AuthProvider } from '../auth/AuthContext';
import { LoginPage } from '../auth/LoginPage';
import { Loading } from '../components/Loading';
import { DashboardPage, InboxPage, InstancesPage } from '../pages/Placeholders';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ReviewsPage } from '../pages/ReviewsPage';
import { WorkflowListPage } from '../pages/WorkflowListPage';
import { HomeRedirect, Layout, RequireAuth } from './Layout';

// The designer (React Flow, ELK) loads only when a workflow is opened.
const DesignerPage = lazy(() => import('../designer/DesignerPage'));

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 30_000,
      refetchOnWindowFocus: false,
      // A missing endpoint or a refusal will not get better by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.status >= 400 && error.status < 500) && count < 2,
    },
  },
});

const designer = (
  <Suspense fallback={<Loading />}>
    <DesignerPage />
  </Suspense>
);

const router = createBrowserRouter([
  { path: '/login', element: <LoginPage /> },
  {
    element: <RequireAuth><Layout /></RequireAuth>,
    children: [
      { index: true, element: <HomeRedirect /> },
      { path: 'workflows', element: <RequireAuth roles={['Designer', 'Supervisor']}><WorkflowListPage /></RequireAuth> },
      { path: 'workflows/new', element: <RequireAuth roles={['Designer']}>{designer}</RequireAuth> },
      { path: 'workflows/:definitionId', element: <RequireAuth roles={['Designer', 'Supervisor']}>{designer}</RequireAuth> },
      { path: 'reviews', element: <RequireAuth roles={['Supervisor']}><ReviewsPage /></RequireAuth> },
      { path: 'inbox', element: <InboxPage /> },
      { path: 'instances', element: <InstancesPage /> },
      { path: 'dashboard', element: <DashboardPage /> },
      { path: 'designer', element: <Navigate to="/workflows/new" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
]);

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <AuthProvider>
        <RouterProvider router={router} />
      </AuthProvider>
    </QueryClientProvider>
  );
}
