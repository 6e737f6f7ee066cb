import { useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { rankBySearch } from '../lib/search';

export interface SearchItem { id: string; label: string; hint?: string; group?: string; keywords?: string[]; icon?: ReactNode; disabled?: boolean }

/**
 * A combobox over a list: type to filter (accent-insensitive), arrows to move, Enter to choose.
 * Used by the palette dialog, "connect to…" and the command bar.
 */
export function SearchList({ items, onChoose, label, placeholder, emptyText, autoFocus = true }: {
  items: SearchItem[]; onChoose: (item: SearchItem) => void; label: string; placeholder?: string; emptyText: string; autoFocus?: boolean;
}) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const shown = useMemo(() => rankBySearch(items, query, (i) => i.label, (i) => [...(i.keywords ?? []), i.group, i.hint]), [items, query]);
  const grouped = query.trim() === '';
  useEffect(() => setActive(0), [query]);
  useEffect(() => {
    listRef.current?.querySelector<HTMLElement>(`[data-index="${active}"]`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const choose = (index: number) => {
    const item = shown[index];
    if (item && !item.disabled) onChoose(item);
  };

  let lastGroup: string | undefined;
  return (
    <div className="search-list">
      <input
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls={listId}
        aria-activedescendant={shown[active] ? `${listId}-${active}` : undefined}
        aria-label={label}
        placeholder={placeholder}
        value={query}
        autoFocus={autoFocus}
        data-autofocus={autoFocus || undefined}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') { e.preventDefault(); setActive((a) => Math.min(shown.length - 1, a + 1)); }
          else if (e.key === 'ArrowUp') { e.preventDefault(); setActive((a) => Math.max(0, a - 1)); }
          else if (e.key === 'Home' && e.ctrlKey) setActive(0);
          else if (e.key === 'End' && e.ctrlKey) setActive(shown.length - 1);
          else if (e.key === 'Enter') { e.preventDefault(); choose(active); }
        }}
      />
      <ul role="listbox" id={listId} ref={listRef} aria-label={label} className="search-results">
        {shown.length === 0 && <li className="muted empty" role="presentation">{emptyText}</li>}
        {shown.map((item, index) => {
          const header = grouped && item.group && item.group !== lastGroup ? item.group : undefined;
          lastGroup = item.group;
          return [
            header ? <li key={`g-${header}`} role="presentation" className="group-head">{header}</li> : null,
            <li
              key={item.id}
              id={`${listId}-${index}`}
              data-index={index}
              role="option"
              aria-selected={index === active}
              aria-disabled={item.disabled || undefined}
              className={`search-item${index === active ? ' active' : ''}`}
              onMouseMove={() => setActive(index)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(index)}
            >
              {item.icon}
              <span className="label">{item.label}</span>
              {item.hint && <span className="hint">{item.hint}</span>}
            </li>,
          ];
        })}
      </ul>
    </div>
  );
}
