import { describe, expect, it } from 'vitest';
import { shownStatus } from './WorkflowListPage';

describe('a workflow\'s state in the list', () => {
  it('is its latest version\'s review, else published or draft by whether that version is the published one', () => {
    expect(shownStatus({ reviewStatus: 'InReview', latestVersion: 2, publishedVersion: 1 })).toBe('InReview');
    expect(shownStatus({ reviewStatus: null as never, latestVersion: 1, publishedVersion: 1 })).toBe('Published');
    expect(shownStatus({ reviewStatus: null as never, latestVersion: 2, publishedVersion: 1 })).toBe('Draft');
    expect(shownStatus({ reviewStatus: null as never, latestVersion: 1, publishedVersion: null })).toBe('Draft');
  });
});
