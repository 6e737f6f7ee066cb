import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import { SearchList, type SearchItem } from '../../components/SearchList';
import type { Command } from '../commands';
import { useEditor } from '../context';
import { localized, type Locale } from '../model/descriptors';

/** Ctrl+K: every command, and "go to" each step, in one accent-insensitive list. */
export function CommandBar({ commands }: { commands: Command[] }) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const locale = i18n.language as Locale;
  const items = useMemo<SearchItem[]>(() => [
    ...commands.map((c) => ({ id: `cmd:${c.id}`, label: c.label, hint: c.shortcut, group: c.group, disabled: c.disabled, keywords: c.keywords })),
    ...editor.present.nodes.map((n) => {
      const d = editor.descriptorOf(n.data.activity.type);
      return { id: `node:${n.id}`, label: t('designer.commands.goTo', { name: n.data.activity.name ?? n.id }), hint: d ? localized(d.displayName, locale) : n.data.activity.type, group: t('designer.commands.steps') };
    }),
  ], [commands, editor, t, locale]);
  const close = () => editor.openDialog(undefined);
  return (
    <Dialog open title={t('designer.commands.title')} onClose={close} className="command-bar">
      <SearchList
        items={items}
        label={t('designer.commands.search')}
        placeholder={t('designer.commands.search')}
        emptyText={t('designer.commands.none')}
        onChoose={(item) => {
          close();
          if (item.id.startsWith('node:')) {
            editor.select([item.id.slice(5)], true);
            document.querySelector<HTMLElement>('.canvas-wrap')?.focus();
          } else {
            commands.find((c) => `cmd:${c.id}` === item.id)?.run();
          }
        }}
      />
    </Dialog>
  );
}
