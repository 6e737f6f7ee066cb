import type { ReviewStatus } from '../../api/types';

/**
 * Why "submit for review" waits, or undefined when it may be sent: the version shown is already in review (a second
 * submission is refused with 409) or already published. Changes not yet saved go out as a new version, which may.
 */
export function submitWaitsFor(status: ReviewStatus | undefined, unsavedChanges: boolean): 'inReview' | 'published' | undefined {
  if (unsavedChanges) return undefined;
  if (status === 'InReview') return 'inReview';
  if (status === 'Published') return 'published';
  return undefined;
}
