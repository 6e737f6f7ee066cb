import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { work } from '../../api/work';
import { unitName } from '../../records/common';

/**
 * The units the unit fields of the property panel suggest (`list="known-units"`): every open unit by its id, named in the
 * page's language and indented by its place in the tree. Typing stays free: a unit query or a unit not open yet is written as typed.
 */
export function KnownUnits() {
  const { i18n } = useTranslation();
  const options = useQuery({ queryKey: ['task-filter-options'], queryFn: ({ signal }) => work.filterOptions(signal), staleTime: 5 * 60_000 });
  return (
    <datalist id="known-units" data-testid="known-units">
      {(options.data?.units ?? []).map((u) => (
        <option key={u.id} value={u.id}>{`${'· '.repeat(u.depth)}${unitName(u, i18n.language)}`}</option>
      ))}
    </datalist>
  );
}
