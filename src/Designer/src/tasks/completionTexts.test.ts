import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { doneMessage, requiredHint } from './completionTexts';

const t = i18n.getFixedT('vi');
const en = i18n.getFixedT('en');
const number = { name: 'soKyHieu', labelVi: 'Số, ký hiệu', labelEn: 'Number and symbol', type: 'text', required: true };
const issuedOn = { name: 'ngayBanHanh', labelVi: 'Ngày ban hành', labelEn: 'Issued on', type: 'date', required: true };
const note = { name: 'ghiChu', labelVi: 'Ghi chú', type: 'text' };

describe('after completing a task', () => {
  it('the banner is a sentence naming the task and what was done', () => {
    expect(doneMessage(t, 'Return', 'Dự thảo kế hoạch')).toBe('Đã trả lại “Dự thảo kế hoạch”.');
    expect(doneMessage(t, 'Submit', 'Báo cáo 6 tháng')).toBe('Đã gửi “Báo cáo 6 tháng”.');
    expect(doneMessage(en, 'Approve', 'Draft plan')).toBe('Approved “Draft plan”.');
    expect(doneMessage(t, 'Archived', 'Hồ sơ')).toBe('Đã xử lý “Hồ sơ”: Lưu hồ sơ.');
  });
});

describe('a forward action waiting for required fields', () => {
  it('names the fields still empty, in the language of the page', () => {
    expect(requiredHint(t, [number, issuedOn, note], { soKyHieu: ' ', ngayBanHanh: '' }, 'vi', 'Issued'))
      .toBe('Nhập “Số, ký hiệu”, “Ngày ban hành” để bật nút “Ban hành”.');
    expect(requiredHint(en, [number, issuedOn], { soKyHieu: '', ngayBanHanh: '2026-02-15' }, 'en', 'Issued'))
      .toBe(`Fill in “Number and symbol” to enable “${en('outcomes.Issued')}”.`);
  });

  it('says nothing once they are filled', () => {
    expect(requiredHint(t, [number, note], { soKyHieu: '12-KH/BTG' }, 'vi', 'Issued')).toBeUndefined();
  });
});
