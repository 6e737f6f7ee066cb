import { useMemo, useState, memo } from 'react';
import { useTranslation } from 'react-i18next';
import { filterBySearch } from '../../lib/search';
import { useEditor } from '../context';
import { ActivityIcon, categoryColor } from '../icons';
import { localized, type ActivityDescriptor, type Locale } from '../model/descriptors';
import { DRAG_TYPE } from './Canvas';
import { categoryName } from '../../i18n/terms';

/** Descriptors grouped by category, in the order categories first appear, names sorted per locale. */
export function groupDescriptors(descriptors: ActivityDescriptor[], locale: Locale): Array<[string, ActivityDescriptor[]]> {
  const groups = new Map<string, ActivityDescriptor[]>();
  const order = ['Flow', 'Primitives', 'Human tasks', 'Supervision', 'Scheduling', 'Events'];
  const sorted = [...descriptors].sort((a, b) => {
    const ca = order.indexOf(a.category), cb = order.indexOf(b.category);
    if (ca !== cb) return (ca < 0 ? 99 : ca) - (cb < 0 ? 99 : cb);
    return localized(a.displayName, locale).localeCompare(localized(b.displayName, locale), locale);
  });
  for (const d of sorted) {
    if (!groups.has(d.category)) groups.set(d.category, []);
    groups.get(d.category)!.push(d);
  }
  return [...groups];
}

/** The activity palette: drag onto the canvas, or Enter/click to add after the selection. */
export const Palette = memo(function Palette({ descriptors }: { descriptors: ActivityDescriptor[] }) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const [query, setQuery] = useState('');
  const shown = useMemo(
    () => filterBySearch(descriptors, query, (d) => [d.displayName.vi, d.displayName.en, d.typeName, d.category, categoryName(t, d.category)]),
    [descriptors, query, t],
  );
  const groups = useMemo(() => groupDescriptors(shown, locale), [shown, locale]);

  const insert = (d: ActivityDescriptor) => {
    const source = editor.defaultSource();
    if (source) editor.add(d, { source });
    else {
      const last = editor.present.nodes.at(-1);
      editor.add(d, { at: last ? { x: last.position.x, y: last.position.y + 120 } : { x: 0, y: 0 } });
    }
  };

  return (
    <aside className="palette" aria-label={t('designer.palette.title')}>
      <h2 className="panel-title">{t('designer.palette.title')}</h2>
      <input type="search" className="palette-search" value={query} onChange={(e) => setQuery(e.target.value)}
        placeholder={t('designer.palette.search')} aria-label={t('designer.palette.search')} />
      <div className="palette-groups">
        {groups.map(([category, items]) => (
          <section key={category} className="palette-group" aria-label={categoryName(t, category)}>
            <h3>{categoryName(t, category)}</h3>
            <ul>
              {items.map((d) => (
                <li key={d.typeName}>
                  <button
                    type="button"
                    className="palette-item"
                    draggable={!editor.readOnly}
                    disabled={editor.readOnly}
                    data-type={d.typeName}
                    style={{ ['--accent' as string]: categoryColor(d.category) }}
                    title={localized(d.description, locale)}
                    aria-label={t('designer.palette.itemLabel', { name: localized(d.displayName, locale) })}
                    onDragStart={(e) => {
                      e.dataTransfer.setData(DRAG_TYPE, d.typeName);
                      e.dataTransfer.setData('text/plain', d.typeName);
                      e.dataTransfer.effectAllowed = 'copy';
                    }}
                    onClick={() => insert(d)}
                  >
                    <ActivityIcon name={d.icon} />
                    <span>{localized(d.displayName, locale)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </section>
        ))}
        {groups.length === 0 && <p className="muted">{t('designer.palette.none')}</p>}
      </div>
    </aside>
  );
});
