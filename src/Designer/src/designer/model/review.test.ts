import { describe, expect, it } from 'vitest';
import { submitWaitsFor } from './review';

describe('submitting for review', () => {
  it('waits while the version shown is in review or published, saying which', () => {
    expect(submitWaitsFor('InReview', false)).toBe('inReview');
    expect(submitWaitsFor('Published', false)).toBe('published');
  });

  it('may go for a draft, a returned version, or changes that will be saved as a new version', () => {
    expect(submitWaitsFor('Draft', false)).toBeUndefined();
    expect(submitWaitsFor('ChangesRequested', false)).toBeUndefined();
    expect(submitWaitsFor(undefined, false)).toBeUndefined();
    expect(submitWaitsFor('InReview', true)).toBeUndefined();
  });
});
