import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, RouterProvider } from 'react-router';
import { ApiError } from '../api/client';
import { endpoints } from '../api/endpoints';
import { loadSession } from '../auth/session';
import { AuthProvider } from '../auth/AuthContext';
import { LoginPage } from '../auth/LoginPage';
import { Loading } from '../components/Loading';
import { NotFoundPage } from '../pages/NotFoundPage';
import { ReviewsPage } from '../pages/ReviewsPage';
import { InboxPage } from '../inbox/InboxPage';
import { TaskPage } from '../tasks/TaskPage';
import { InstancesPage } from '../instances/InstancesPage';
import { InstancePage } from '../instances/InstancePage';
import { WorkflowListPage } from '../pages/WorkflowListPage';
import { HomeRedirect, Layout, RequireAuth } from './Layout';
import { RecordsLayout } from '../records/RecordsLayout';
import { MilestonesPage } from '../records/MilestonesPage';
import { ReportsPage } from '../records/ReportsPage';
import { UrgeNoticesPage } from '../records/UrgeNoticesPage';
import { InspectionPage, InspectionsPage } from '../records/InspectionsPage';
import { EvaluationPage, EvaluationsPage } from '../records/EvaluationsPage';
import { DocumentPage, DocumentsPage } from '../records/DocumentsPage';
import { PlanPage, PlansPage } from '../records/PlansPage';
import { WorkTaskPage, WorkTasksPage } from '../records/WorkTasksPage';

// The designer (React Flow, ELK) is its own chunk. Once loaded it renders without Suspense: React
// holds a revealed fallback for at least 300 ms, which alone would spend a third of the load budget.
let designerModule: typeof import('../designer/DesignerPage') | undefined;
const loadDesigner = () => import('../designer/DesignerPage').then((m) => (designerModule = m));
const LazyDesigner = lazy(loadDesigner);

function DesignerRoute() {
  const Page = designerModule?.default;
  if (Page) return <Page />;
  return (
    <Suspense fallback={<Loading />}>
      <LazyDesigner />
    </Suspense>
  );
}

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

// Opening a workflow by its address: fetch the designer's code, the descriptors and the definition at
// once instead of one after the other (part of the ≤ 1 s budget for large definitions).
export async function prefetchForAddress(): Promise<void> {
  const session = loadSession();
  const match = /^\/workflows\/([^/]+)$/.exec(window.location.pathname);
  if (!match || !session) {
    // Designers will open a workflow soon: fetch its code while they look at the list.
    if (session?.user.roles.some((r) => r === 'Designer' || r === 'Admin' || r === 'Supervisor')) setTimeout(() => void loadDesigner(), 1500);
    return;
  }
  const code = loadDesigner();
  void queryClient.prefetchQuery({ queryKey: ['activity-descriptors'], queryFn: ({ signal }) => endpoints.descriptors(signal), staleTime: Infinity });
  if (match[1] !== 'new') {
    const id = decodeURIComponent(match[1]);
    const v = new URLSearchParams(window.location.search).get('version');
    const version = v ? Number(v) : undefined;
    void queryClient.prefetchQuery({ queryKey: ['definition', id, version], queryFn: ({ signal }) => endpoints.get(id, version, signal) });
    void queryClient.prefetchQuery({ queryKey: ['versions', id], queryFn: ({ signal }) => endpoints.versions(id, signal), retry: false });
  }
  await code;
}

const designer = <DesignerRoute />;

// The dashboard's chart library is its own chunk, fetched when the page opens.
const LazyDashboard = lazy(() => import('../dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })));
const dashboard = <Suspense fallback={<Loading />}><LazyDashboard /></Suspense>;

// Administration (administrators only) is its own chunk too.
const LazyAdmin = lazy(() => import('../admin/AdminArea'));
const adminArea = <Suspense fallback={<Loading />}><LazyAdmin /></Suspense>;

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
      { path: 'tasks/:taskId', element: <TaskPage /> },
      { path: 'instances', element: <InstancesPage /> },
      { path: 'instances/:instanceId', element: <InstancePage /> },
      {
        path: 'records',
        element: <RecordsLayout />,
        children: [
          { index: true, element: <Navigate to="milestones" replace /> },
          { path: 'plans', element: <PlansPage /> },
          { path: 'work-tasks', element: <WorkTasksPage /> },
          { path: 'milestones', element: <MilestonesPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'urge-notices', element: <UrgeNoticesPage /> },
          { path: 'inspections', element: <InspectionsPage /> },
          { path: 'evaluations', element: <EvaluationsPage /> },
          { path: 'documents', element: <DocumentsPage /> },
          { path: 'inspections/:inspectionId', element: <InspectionPage /> },
          { path: 'evaluations/:evaluationId', element: <EvaluationPage /> },
          { path: 'documents/:documentId', element: <DocumentPage /> },
          { path: 'plans/:planKey', element: <PlanPage /> },
          { path: 'work-tasks/:workTaskId', element: <WorkTaskPage /> },
        ],
      },
      { path: 'dashboard', element: dashboard },
      { path: 'admin/*', element: adminArea },
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
