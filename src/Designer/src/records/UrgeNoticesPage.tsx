import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { recordsProgress } from '../api/records-progress';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { Pager } from '../components/Pager';
import {
  apiQuery, backwardsRange, URGE_DEFAULTS, URGE_LEVELS, urgeFilterFromParams, urgeFilterToParams, type UrgeFilter,
} from './progress';
import { pageCount, unitName } from './common';
import { formatInstant } from '../lib/dates';
import '../work/work.css';
import './records-progress.css';
import { DateInput } from '../components/DateInput';
import { localText } from '../lib/localText';

/** The urge notices issued: at which level, to which units, about which tasks. */
export function UrgeNoticesPage() {
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => urgeFilterFromParams(params), [params]);
  const setFilter = (next: UrgeFilter) => setParams(urgeFilterToParams(next), { replace: true });
  const backwards = backwardsRange(filter.issuedFrom, filter.issuedTo);
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'urge-notices', query.toString()],
    queryFn: ({ signal }) => recordsProgress.urgeNotices(query, signal),
    enabled: !backwards,
    staleTime: 0,
    placeholderData: (previous) => previous,
  });
  const items = list.data?.items ?? [];
  const pages = pageCount(list.data?.total, list.data?.pageSize);
  const isDefault = urgeFilterToParams({ ...filter, page: 1 }).toString() === '';

  return (
    <section aria-labelledby="records-urge-notices">
      <div className="records-list-head">
        <h2 id="records-urge-notices">{t('records.tabs.urgeNotices')}</h2>
        {list.data && !backwards && <span className="muted" aria-live="polite">{t('records.urge.total', { count: list.data.total })}</span>}
      </div>
      <form className="records-filters" role="search" aria-label={t('records.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('records.urge.level')}
          <select value={filter.level} onChange={(e) => setFilter({ ...filter, level: e.target.value, page: 1 })}>
            <option value="">{t('records.urge.anyLevel')}</option>
            {URGE_LEVELS.map((level) => <option key={level} value={level}>{t(`records.urge.levels.${level}`)}</option>)}
          </select>
        </label>
        <label>{t('records.unitCode')}
          <input value={filter.unitId} onChange={(e) => setFilter({ ...filter, unitId: e.target.value.trim(), page: 1 })} maxLength={128} />
        </label>
        <label>{t('records.urge.issuedFrom')}
          <DateInput value={filter.issuedFrom} onChange={(value) => setFilter({ ...filter, issuedFrom: value, page: 1 })} />
        </label>
        <label>{t('records.urge.issuedTo')}
          <DateInput value={filter.issuedTo} min={filter.issuedFrom || undefined} onChange={(value) => setFilter({ ...filter, issuedTo: value, page: 1 })} />
        </label>
        <button type="button" className="btn ghost" disabled={isDefault} onClick={() => setFilter({ ...URGE_DEFAULTS, page: 1 })}>{t('records.clear')}</button>
      </form>

      {backwards ? <p role="alert" className="problem">{t('records.backwardsRange')}</p>
        : list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
          <p className="muted empty">{t('records.urge.empty')}</p>
        ) : (
          <table className="table records-table" aria-labelledby="records-urge-notices">
            <thead>
              <tr>
                <th scope="col">{t('records.urge.level')}</th>
                <th scope="col">{t('records.urge.issuedAt')}</th>
                <th scope="col">{t('records.urge.addressees')}</th>
                <th scope="col">{t('records.urge.message')}</th>
                <th scope="col">{t('records.urge.tasks')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((n) => (
                <tr key={n.id} data-notice-id={n.id}>
                  <td>
                    <span className="urge-level" data-level={n.level}>
                      {t(`records.urge.levels.${n.level}`, { defaultValue: t('records.urge.levelShort', { level: n.level }) })}
                    </span>
                    {n.previousNoticeId && <span className="sub">{t('records.urge.followsUp')}</span>}
                  </td>
                  <td><time dateTime={n.issuedAt}>{formatInstant(n.issuedAt)}</time></td>
                  <td>
                    <ul className="inline-list">
                      {n.addressees.map((u) => <li key={u.id}>{unitName(u, locale)}</li>)}
                    </ul>
                  </td>
                  <td>{localText(n.message ?? '', n.messageEn, locale) || <span className="muted">{t('records.urge.noMessage')}</span>}</td>
                  <td>
                    <ul className="inline-list">
                      {n.targetTaskIds.map((id, i) => (
                        <li key={id}>
                          <Link to={`/tasks/${encodeURIComponent(id)}`}>
                            {n.targetTasks?.find((task) => task.id === id)?.title
                              ?? <>{t('records.urge.task', { n: i + 1 })} <code className="small">{id.slice(0, 8)}</code></>}
                          </Link>
                        </li>
                      ))}
                    </ul>
                    {n.workflowInstanceId && (
                      <span className="sub"><Link to={`/instances/${encodeURIComponent(n.workflowInstanceId)}`}>{t('records.urge.openInstance')}</Link></span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      {!backwards && <Pager page={filter.page} pages={pages} onPage={(page) => setFilter({ ...filter, page })} />}
    </section>
  );
}
