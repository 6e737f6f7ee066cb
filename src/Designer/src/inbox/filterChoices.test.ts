import { describe, expect, it } from 'vitest';
import { unitChoices } from './filterChoices';

const units = [
  { id: 'TU', code: 'TU', nameVi: 'Tỉnh ủy', nameEn: 'Provincial committee', parentId: null, depth: 0 },
  { id: 'DU-SYT', code: 'DU-SYT', nameVi: 'Đảng ủy Sở Y tế', nameEn: null, parentId: 'TU', depth: 1 },
];

describe('unitChoices', () => {
  it('indents each unit by its depth and names it in the page language, falling back to Vietnamese', () => {
    expect(unitChoices(units, '', 'vi')).toEqual([{ id: 'TU', label: 'Tỉnh ủy' }, { id: 'DU-SYT', label: '\u00a0\u00a0Đảng ủy Sở Y tế' }]);
    expect(unitChoices(units, '', 'en').map((c) => c.label)).toEqual(['Provincial committee', '\u00a0\u00a0Đảng ủy Sở Y tế']);
  });
  it('keeps a unit the address names but the list does not offer', () => {
    expect(unitChoices(units, 'DU-OLD', 'vi').at(-1)).toEqual({ id: 'DU-OLD', label: 'DU-OLD' });
    expect(unitChoices(units, 'TU', 'vi')).toHaveLength(2);
  });
});
