import { WorkflowListPage } from './WorkflowListPage';

/** What supervisors review: definitions whose latest version waits in review. */
export function ReviewsPage() {
  return <WorkflowListPage reviewOnly />;
}
