// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../api/client';
import i18n from '../../i18n';
import { EditorContext } from '../context';
import { Editor } from '../editor';
import descriptorsJson from '../model/__fixtures__/activity-descriptors.json';
import { indexDescriptors, type ActivityDescriptor } from '../model/descriptors';
import { emptyDefinition } from '../model/elsa';
import { PublishDialog, SubmitDialog } from './ReviewDialogs';
import { withModalDialogs } from '../../testing/dialog';

beforeAll(withModalDialogs);

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('vi');
});

const editor = () => new Editor(emptyDefinition('plan', 'Kế hoạch'), indexDescriptors(descriptorsJson as unknown as ActivityDescriptor[]), false);

describe('review dialogs', () => {
  it('a refused submission is told inside the dialog, with the server time in Hà Nội time', () => {
    const refused = new ApiError(409, { title: 'Conflict', detail: "Version 2 of 'plan' is already in review since 2026-05-02 02:14:31Z." });
    render(<EditorContext.Provider value={editor()}><SubmitDialog busy={false} error={refused} onSubmit={() => {}} /></EditorContext.Provider>);
    const dialog = screen.getByRole('dialog', { name: 'Trình duyệt' });
    expect(dialog.querySelector('[role="alert"]')!.textContent).toContain('since 02/05/2026 09:14.');
    expect(dialog.textContent).not.toContain('02:14:31Z');
  });

  it('publishing asks first, naming the version, and publishes only when confirmed', () => {
    const ed = editor();
    const confirm = vi.fn();
    ed.openDialog({ kind: 'publish' });
    render(<EditorContext.Provider value={ed}><PublishDialog version={3} saves={false} busy={false} onConfirm={confirm} /></EditorContext.Provider>);
    const dialog = screen.getByRole('dialog', { name: 'Ban hành quy trình' });
    expect(dialog.textContent).toContain('Ban hành phiên bản 3?');
    fireEvent.click(screen.getByRole('button', { name: 'Hủy' }));
    expect(confirm).not.toHaveBeenCalled();
    expect(ed.ui.get().dialog).toBeUndefined();
    fireEvent.click(screen.getByRole('button', { name: 'Ban hành' }));
    expect(confirm).toHaveBeenCalledOnce();
  });
});
