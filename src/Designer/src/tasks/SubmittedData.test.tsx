// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { TaskSubmission } from '../api/work';
import i18n from '../i18n';
import { SubmittedData } from './TaskPage';

afterEach(async () => {
  cleanup();
  await i18n.changeLanguage('vi');
});

const submission: TaskSubmission = {
  actor: 'officer1', at: '2026-04-21T02:30:00Z', action: 'Submit', comment: 'Khảo sát tại 3 bệnh viện',
  fields: [
    { name: 'surveyed', labelVi: 'Số người được hỏi', labelEn: 'People surveyed', type: 'number', value: 120 },
    { name: 'surveyedOn', labelVi: 'Ngày khảo sát', labelEn: 'Surveyed on', type: 'date', value: '2026-04-20' },
    { name: 'anonymous', labelVi: 'Ẩn danh', labelEn: 'Anonymous', type: 'checkbox', value: true },
  ],
};

function terms(): Array<[string, string]> {
  return [...document.querySelectorAll('dt')].map((dt) => [dt.textContent ?? '', dt.nextElementSibling?.textContent ?? '']);
}

describe('what was sent before', () => {
  it('shows who sent the work, their comment and each field under the label its form gave it', async () => {
    await i18n.changeLanguage('vi');
    render(<SubmittedData submission={submission} />);

    expect(screen.getByRole('heading', { name: 'Nội dung đã gửi trước đó' })).toBeTruthy();
    const shown = terms();
    expect(shown.map(([term]) => term)).toEqual(['Người gửi', 'Gửi lúc', 'Ý kiến', 'Số người được hỏi', 'Ngày khảo sát', 'Ẩn danh']);
    expect(Object.fromEntries(shown)).toMatchObject({
      'Người gửi': 'officer1', 'Ý kiến': 'Khảo sát tại 3 bệnh viện', 'Số người được hỏi': '120', 'Ngày khảo sát': '20/04/2026', 'Ẩn danh': 'Có',
    });
  });

  it('labels the fields in English for English readers', async () => {
    await i18n.changeLanguage('en');
    render(<SubmittedData submission={submission} />);
    expect(terms().map(([term]) => term)).toEqual(['Sent by', 'Sent at', 'Comment', 'People surveyed', 'Surveyed on', 'Anonymous']);
  });

  it('shows a chosen option by its label in the page\'s language', async () => {
    const result: TaskSubmission = {
      fields: [{ name: 'result', labelVi: 'Kết quả', labelEn: 'Result', type: 'select', value: 'Raised',
        optionLabels: { Raised: { vi: 'Có khuyết điểm, vi phạm phải khắc phục', en: 'Findings to remedy' } } }],
    };
    await i18n.changeLanguage('vi');
    render(<SubmittedData submission={result} />);
    expect(Object.fromEntries(terms())['Kết quả']).toBe('Có khuyết điểm, vi phạm phải khắc phục');
    cleanup();

    await i18n.changeLanguage('en');
    render(<SubmittedData submission={result} />);
    expect(Object.fromEntries(terms())['Result']).toBe('Findings to remedy');
  });

  it('is left out when the task is about no earlier work', () => {
    const { container } = render(<SubmittedData submission={null} />);
    expect(container.innerHTML).toBe('');
  });
});
