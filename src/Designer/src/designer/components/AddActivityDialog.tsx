import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { SearchList, type SearchItem } from '../../components/SearchList';
import { useEditor } from '../context';
import type { DialogState } from '../editor';
import { ActivityIcon } from '../icons';
import { localized, type ActivityDescriptor, type Locale } from '../model/descriptors';
import { groupDescriptors } from './Palette';
import { categoryName, outcomeName } from '../../i18n/terms';

/** The palette as a dialog: from a port's "+", from an edge, or from the keyboard (A / Insert). */
export function AddActivityDialog({ state, descriptors }: { state: Extract<DialogState, { kind: 'add' }>; descriptors: ActivityDescriptor[] }) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const appending = !!state.source || !!state.edgeId;
  const items = useMemo<SearchItem[]>(() => {
    // After another step, a workflow's entry point makes no sense.
    const usable = appending ? descriptors.filter((d) => d.typeName !== 'Elsa.Start') : descriptors;
    return groupDescriptors(usable, locale).flatMap(([category, list]) => list.map((d) => ({
      id: d.typeName,
      label: localized(d.displayName, locale),
      hint: localized(d.description, locale),
      group: categoryName(t, category),
      keywords: [d.displayName.vi, d.displayName.en, d.typeName],
      icon: <ActivityIcon name={d.icon} />,
    })));
  }, [descriptors, locale, appending, t]);

  const sourceNode = state.source ? editor.present.nodes.find((n) => n.id === state.source!.nodeId) : undefined;
  const ports = state.source ? editor.portsOf(state.source.nodeId) : [];
  const [port, setPort] = useState(state.source?.port);
  const title = sourceNode
    ? t('designer.add.after', { name: sourceNode.data.activity.name ?? sourceNode.id, port: outcomeName(t, port ?? state.source!.port) })
    : state.edgeId ? t('designer.add.onEdge') : t('designer.add.title');

  const close = () => {
    editor.openDialog(undefined);
    document.querySelector<HTMLElement>('.canvas-wrap')?.focus();
  };

  return (
    <Dialog open title={title} onClose={close} className="add-dialog">
      {state.source && ports.length > 1 && (
        <fieldset className="port-choice">
          <legend>{t('designer.connect.port')}</legend>
          {ports.map((p) => (
            <label key={p} className="radio">
              <input type="radio" name="add-port" value={p} checked={port === p} onChange={() => setPort(p)} /> {outcomeName(t, p)}
            </label>
          ))}
        </fieldset>
      )}
      <SearchList
        items={items}
        label={t('designer.add.search')}
        placeholder={t('designer.add.search')}
        emptyText={t('designer.palette.none')}
        onChoose={(item) => {
          const descriptor = editor.descriptorOf(item.id);
          if (!descriptor) return;
          editor.openDialog(undefined);
          const source = state.source && port ? { ...state.source, port, portIndex: Math.max(0, ports.indexOf(port)) } : state.source;
          editor.add(descriptor, { source, edgeId: state.edgeId, at: state.at });
          document.querySelector<HTMLElement>('.canvas-wrap')?.focus();
        }}
      />
      <p className="muted small">{t('designer.add.help')}</p>
    </Dialog>
  );
}
