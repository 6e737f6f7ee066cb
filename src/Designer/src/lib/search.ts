/**
 * Vietnamese accent-insensitive matching: "dieu tra" finds "điều tra", "d" matches "đ".
 * Every search box of the app goes through these helpers.
 */

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lower-cases, strips tone and vowel marks, maps đ/Đ to d, and collapses white space. */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The query's words, folded; empty when the query is blank. */
export function queryTokens(query: string): string[] {
  const folded = foldVietnamese(query);
  return folded.length === 0 ? [] : folded.split(' ');
}

/** True when every word of the query occurs in one of the texts (a blank query matches everything). */
export function matchesSearch(query: string, ...texts: Array<string | null | undefined>): boolean {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return true;
  const haystack = foldVietnamese(texts.filter(Boolean).join(' \u0001 '));
  return tokens.every((token) => haystack.includes(token));
}

/** Keeps the items matching the query, in their order. */
export function filterBySearch<T>(items: readonly T[], query: string, textsOf: (item: T) => Array<string | null | undefined>): T[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [...items];
  return items.filter((item) => {
    const haystack = foldVietnamese(textsOf(item).filter(Boolean).join(' \u0001 '));
    return tokens.every((token) => haystack.includes(token));
  });
}

/**
 * Where the query's words occur in the original text, as [start, end) ranges for highlighting.
 * Folding keeps one character per original character (NFC input), so indexes line up.
 */
export function matchRanges(text: string, query: string): Array<[number, number]> {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [];
  const folded = Array.from(text.normalize('NFC'))
    .map((ch) => foldVietnamese(ch) || ' ')
    .map((ch) => ch[0])
    .join('');
  const ranges: Array<[number, number]> = [];
  for (const token of tokens) {
    let from = 0;
    for (;;) {
      const at = folded.indexOf(token, from);
      if (at < 0) break;
      ranges.push([at, at + token.length]);
      from = at + token.length;
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

/**
 * Filters like {@link filterBySearch} and puts the best matches first: the primary text starting with
 * the query, then containing it as a phrase, then containing all its words; matches only in the other
 * texts come last. Ties keep their order.
 */
export function rankBySearch<T>(items: readonly T[], query: string, primaryOf: (item: T) => string, othersOf: (item: T) => Array<string | null | undefined> = () => []): T[] {
  const tokens = queryTokens(query);
  if (tokens.length === 0) return [...items];
  const phrase = tokens.join(' ');
  const ranked: Array<{ item: T; rank: number; index: number }> = [];
  items.forEach((item, index) => {
    const primary = foldVietnamese(primaryOf(item));
    let rank: number;
    if (primary.startsWith(phrase)) rank = 0;
    else if (primary.includes(phrase)) rank = 1;
    else if (tokens.every((t) => primary.includes(t))) rank = 2;
    else {
      const all = foldVietnamese([primaryOf(item), ...othersOf(item)].filter(Boolean).join(' \u0001 '));
      if (!tokens.every((t) => all.includes(t))) return;
      rank = 3;
    }
    ranked.push({ item, rank, index });
  });
  return ranked.sort((a, b) => a.rank - b.rank || a.index - b.index).map((r) => r.item);
}
