import { useTranslation } from 'react-i18next';
import { useEditor } from '../context';
import { localized, type Locale } from '../model/descriptors';
import { activityLabel } from '../model/elsa';
import { linkOf } from '../model/graph';
import { useStore } from '../store';
import { outcomeName } from '../../i18n/terms';

/** The steps as a table: an alternative to the canvas for keyboard and screen-reader users. */
export function TableView() {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const nodes = useStore(editor.doc, (s) => s.history.present.nodes);
  const edges = useStore(editor.doc, (s) => s.history.present.edges);
  const errors = useStore(editor.problems, (s) => s.errorsByActivity);
  const ordered = [...nodes].sort((a, b) => a.position.x - b.position.x || a.position.y - b.position.y);
  const nameOf = (id: string) => { const node = nodes.find((n) => n.id === id); return node ? activityLabel(node.data.activity, locale) : id; };

  return (
    <div className="table-view">
      <table className="table" aria-label={t('designer.table.title')}>
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('designer.properties.name')}</th>
            <th scope="col">{t('designer.table.type')}</th>
            <th scope="col">{t('designer.table.next')}</th>
            <th scope="col">{t('designer.table.previous')}</th>
            <th scope="col">{t('designer.table.problems')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((n, i) => {
            const d = editor.descriptorOf(n.data.activity.type);
            const out = edges.filter((e) => e.source === n.id).map(linkOf);
            const into = edges.filter((e) => e.target === n.id).map(linkOf);
            return (
              <tr key={n.id} className={n.selected ? 'selected' : undefined} aria-selected={!!n.selected}>
                <td>{i + 1}</td>
                <th scope="row">
                  <button type="button" className="link-btn" onClick={() => editor.select([n.id])}
                    onKeyDown={(e) => {
                      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                        e.preventDefault();
                        const rows = [...document.querySelectorAll<HTMLElement>('.table-view .link-btn')];
                        const at = rows.indexOf(e.currentTarget);
                        const next = rows[at + (e.key === 'ArrowDown' ? 1 : -1)];
                        next?.focus();
                        next?.click();
                      }
                      if (e.key === 'F2') { e.preventDefault(); editor.select([n.id]); document.querySelector<HTMLElement>('.property-panel [data-field="name"] input')?.focus(); }
                    }}>
                    {activityLabel(n.data.activity, locale)}
                  </button>
                </th>
                <td>{d ? localized(d.displayName, locale) : n.data.activity.type}</td>
                <td>{out.map((l) => `${outcomeName(t, l.sourcePort)} → ${nameOf(l.target)}`).join('; ') || '—'}</td>
                <td>{into.map((l) => nameOf(l.source)).join(', ') || '—'}</td>
                <td>{errors.get(n.id) ? t('designer.node.errors', { count: errors.get(n.id) }) : ''}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
