import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { filterBySearch } from '../../lib/search';
import { useEditor } from '../context';
import { readInput } from '../model/inputs';

/** Find on canvas (Ctrl+F): by name, type or written text, accent-insensitive; Enter goes to the next match. */
export function FindBar() {
  const editor = useEditor();
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [index, setIndex] = useState(0);
  const matches = useMemo(() => {
    if (!query.trim()) return [];
    return filterBySearch(editor.present.nodes, query, (n) => {
      const a = n.data.activity;
      const d = editor.descriptorOf(a.type);
      const texts = d?.inputs.map((i) => { const v = readInput(a, i.name).value; return typeof v === 'string' ? v : ''; }) ?? [];
      return [a.name, a.id, a.type, d?.displayName.vi, d?.displayName.en, ...texts];
    });
  }, [query, editor]);
  const go = (i: number) => {
    if (!matches.length) return;
    const at = ((i % matches.length) + matches.length) % matches.length;
    setIndex(at);
    editor.select([matches[at].id], true);
  };
  const close = () => {
    editor.setUi({ findOpen: false });
    document.querySelector<HTMLElement>('.canvas-wrap')?.focus();
  };
  return (
    <div className="find-bar" role="search">
      <input autoFocus type="search" aria-label={t('designer.find.label')} placeholder={t('designer.find.label')} value={query}
        onChange={(e) => { setQuery(e.target.value); setIndex(0); }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') { e.preventDefault(); go(e.shiftKey ? index - 1 : matches.length && editor.selectedIds()[0] === matches[index]?.id ? index + 1 : index); }
          if (e.key === 'Escape') { e.preventDefault(); close(); }
        }} />
      <span className="muted small" role="status" aria-live="polite">
        {query ? (matches.length ? t('designer.find.count', { n: index + 1, total: matches.length }) : t('designer.find.none')) : ''}
      </span>
      <button type="button" className="btn ghost small" onClick={() => go(index - 1)} aria-label={t('designer.find.previous')}>↑</button>
      <button type="button" className="btn ghost small" onClick={() => go(index + 1)} aria-label={t('designer.find.next')}>↓</button>
      <button type="button" className="btn ghost small" onClick={close} aria-label={t('common.close')}>✕</button>
    </div>
  );
}
