import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { SearchList, type SearchItem } from '../../components/SearchList';
import { useEditor } from '../context';
import { localized, type Locale } from '../model/descriptors';
import { outcomeName } from '../../i18n/terms';

/** "Connect to…": pick the outcome port, then the step it leads to, all by keyboard. */
export function ConnectDialog({ sourceId }: { sourceId: string }) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const ports = editor.portsOf(sourceId);
  const [port, setPort] = useState(ports[0] ?? 'Done');
  const source = editor.present.nodes.find((n) => n.id === sourceId);
  const items = useMemo<SearchItem[]>(() => editor.present.nodes
    .filter((n) => n.id !== sourceId)
    .map((n) => {
      const d = editor.descriptorOf(n.data.activity.type);
      return { id: n.id, label: n.data.activity.name ?? n.id, hint: d ? localized(d.displayName, locale) : n.data.activity.type };
    }), [editor, sourceId, locale]);
  const close = () => {
    editor.openDialog(undefined);
    document.querySelector<HTMLElement>('.canvas-wrap')?.focus();
  };
  return (
    <Dialog open title={t('designer.connect.title', { name: source?.data.activity.name ?? sourceId })} onClose={close}>
      {ports.length > 1 && (
        <fieldset className="port-choice">
          <legend>{t('designer.connect.port')}</legend>
          {ports.map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="port" value={p} checked={port === p} onChange={() => setPort(p)} /> {outcomeName(t, p)}
            </label>
          ))}
        </fieldset>
      )}
      <SearchList
        items={items}
        label={t('designer.connect.target')}
        placeholder={t('designer.connect.target')}
        emptyText={t('designer.connect.none')}
        autoFocus={ports.length <= 1}
        onChoose={(item) => {
          editor.connect({ source: sourceId, sourcePort: port, target: item.id, targetPort: 'In' });
          editor.announce(t('designer.connect.done', { from: source?.data.activity.name, to: item.label }));
          close();
        }}
      />
    </Dialog>
  );
}
