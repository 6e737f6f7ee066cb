import { useTranslation } from 'react-i18next';
import { Dialog } from '../../components/Dialog';
import type { Command } from '../commands';
import { mod } from '../commands';
import { useEditor } from '../context';

export function ShortcutsDialog({ commands }: { commands: Command[] }) {
  const editor = useEditor();
  const { t } = useTranslation();
  const extra: Array<[string, string]> = [
    ['← ↑ → ↓', t('designer.shortcuts.moveSelection')],
    ['Shift + ← ↑ → ↓', t('designer.shortcuts.nudge')],
    ['Enter', t('designer.shortcuts.editProperties')],
    [`${mod}+C / ${mod}+X / ${mod}+V`, t('designer.shortcuts.clipboard')],
    ['Esc', t('designer.shortcuts.clear')],
  ];
  return (
    <Dialog open title={t('designer.shortcuts.title')} onClose={() => editor.openDialog(undefined)}>
      <table className="table compact">
        <tbody>
          {commands.filter((c) => c.shortcut).map((c) => <tr key={c.id}><td><kbd>{c.shortcut}</kbd></td><td>{c.label}</td></tr>)}
          {extra.map(([k, v]) => <tr key={k}><td><kbd>{k}</kbd></td><td>{v}</td></tr>)}
        </tbody>
      </table>
    </Dialog>
  );
}
