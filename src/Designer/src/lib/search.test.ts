import { describe, expect, it } from 'vitest';
import { filterBySearch, foldVietnamese, matchRanges, matchesSearch, rankBySearch } from './search';

describe('foldVietnamese', () => {
  it('strips tone and vowel marks and maps đ to d', () => {
    expect(foldVietnamese('Điều tra, xác minh')).toBe('dieu tra, xac minh');
    expect(foldVietnamese('Kiểm tra chuyên đề')).toBe('kiem tra chuyen de');
    expect(foldVietnamese('Hoàn thành xuất sắc nhiệm vụ')).toBe('hoan thanh xuat sac nhiem vu');
  });

  it('treats precomposed and decomposed input alike', () => {
    const decomposed = 'Đôn đốc'.normalize('NFD');
    expect(foldVietnamese(decomposed)).toBe(foldVietnamese('Đôn đốc'));
  });

  it('collapses white space', () => {
    expect(foldVietnamese('  Sở   Y\ttế ')).toBe('so y te');
  });
});

describe('matchesSearch', () => {
  it('finds accented text from an unaccented query', () => {
    expect(matchesSearch('dieu tra', 'Điều tra cơ bản')).toBe(true);
    expect(matchesSearch('d', 'Đ')).toBe(true);
    expect(matchesSearch('don doc', 'Công văn đôn đốc')).toBe(true);
  });

  it('finds text from an accented query too', () => {
    expect(matchesSearch('Điều', 'dieu tra')).toBe(true);
  });

  it('needs every word, in any order and across fields', () => {
    expect(matchesSearch('tra dieu', 'Điều tra')).toBe(true);
    expect(matchesSearch('bao cao y te', 'Báo cáo', 'Sở Y tế')).toBe(true);
    expect(matchesSearch('bao cao giao duc', 'Báo cáo', 'Sở Y tế')).toBe(false);
  });

  it('matches everything on a blank query and ignores missing fields', () => {
    expect(matchesSearch('   ', 'x')).toBe(true);
    expect(matchesSearch('x', null, undefined, 'x')).toBe(true);
  });
});

describe('filterBySearch', () => {
  it('keeps matching items in order', () => {
    const items = ['Kiểm tra', 'Giám sát', 'Kiểm tra chuyên đề'];
    expect(filterBySearch(items, 'kiem', (s) => [s])).toEqual(['Kiểm tra', 'Kiểm tra chuyên đề']);
  });
});

describe('matchRanges', () => {
  it('returns ranges in the original text', () => {
    const text = 'Công văn đôn đốc';
    const [range] = matchRanges(text, 'don doc');
    expect(range).toBeDefined();
    expect(matchRanges(text, 'don doc').map(([a, b]) => text.slice(a, b))).toEqual(['đôn', 'đốc']);
  });
});

describe('rankBySearch', () => {
  const items = [
    { label: 'Hoàn tất quy trình', hint: 'Kết thúc' },
    { label: 'Giao việc ra ngoài', hint: 'Chờ sự kiện hoàn thành' },
    { label: 'Trì hoãn', hint: 'Chờ một khoảng thời gian' },
    { label: 'Sự kiện', hint: 'Chờ một sự kiện theo tên' },
  ];
  const rank = (q: string) => rankBySearch(items, q, (i) => i.label, (i) => [i.hint]).map((i) => i.label);

  it('puts the label that reads as the query first', () => {
    expect(rank('tri hoan')[0]).toBe('Trì hoãn');
    expect(rank('su kien')).toEqual(['Sự kiện', 'Giao việc ra ngoài']);
  });

  it('keeps matches only in other texts, last', () => {
    expect(rank('cho')).toEqual(['Giao việc ra ngoài', 'Trì hoãn', 'Sự kiện']);
    expect(rank('')).toHaveLength(4);
  });
});
