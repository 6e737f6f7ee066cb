import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Text, Tooltip, XAxis, YAxis } from 'recharts';
import { work, type StatisticsRow } from '../api/work';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatInstant } from '../lib/dates';
import { downloadBlob } from '../lib/download';
import '../work/work.css';
import { DateInput } from '../components/DateInput';

/** The columns, with the deadline colour each stands for (DOMAIN.md §3.7); the table says the numbers in words. */
export const STAT_COLUMNS: Array<{ key: keyof StatisticsRow; colour?: string }> = [
  { key: 'assigned' },
  { key: 'onTrack', colour: '#1d4ed8' },
  { key: 'dueSoon', colour: '#d97706' },
  { key: 'overdue', colour: '#dc2626' },
  { key: 'doneOnTime', colour: '#15803d' },
  { key: 'doneLate', colour: '#ea580c' },
];

export function formatRate(rate: number | null | undefined, locale: string): string {
  if (rate === null || rate === undefined) return '—';
  return new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(rate);
}

/** Lines a name on the chart's axis may take; a longer one ends in an ellipsis, and the whole name is its tooltip. */
export const TICK_LINES = 4;
const TICK_LINE_HEIGHT = 13;

/**
 * A name under its bar: wrapped to the width of its band (each name has the axis width shared by the names shown),
 * so long unit names stack on lines instead of running into their neighbours.
 */
export function NameTick({ x, y, width, visibleTicksCount, payload, fill }: {
  x?: number | string; y?: number | string; width?: number | string; visibleTicksCount?: number; payload?: { value?: unknown }; fill?: string;
}) {
  const name = String(payload?.value ?? '');
  const band = Number(width) / Math.max(1, visibleTicksCount ?? 1);
  return (
    <g className="chart-name-tick">
      <title>{name}</title>
      <Text x={x} y={y} width={Math.max(24, band - 8)} maxLines={TICK_LINES} lineHeight={TICK_LINE_HEIGHT} textAnchor="middle" verticalAnchor="start"
        fontSize={11} fill={fill}>{name}</Text>
    </g>
  );
}

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const groupBy = params.get('groupBy') === 'plan' ? 'plan' : params.get('groupBy') === 'source' ? 'source' : 'unit';
  const query = new URLSearchParams({ groupBy });
  for (const key of ['unitId', 'dueFrom', 'dueTo']) {
    const value = params.get(key);
    if (value) query.set(key, value);
  }
  const stats = useQuery({ queryKey: ['dashboard', query.toString()], queryFn: ({ signal }) => work.dashboard(query, signal), staleTime: 0, refetchInterval: 60_000 });
  const set = (key: string, value: string) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next, { replace: true });
  };
  const exporter = useMutation({
    mutationFn: async (format: 'csv' | 'xlsx') => {
      const q = new URLSearchParams(query);
      q.set('format', format);
      const response = await work.dashboardExport(q);
      const disposition = response.headers.get('content-disposition') ?? '';
      const name = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(disposition)?.[1] ?? `dashboard-${groupBy}.${format}`;
      downloadBlob(await response.blob(), decodeURIComponent(name));
    },
  });
  const locale = i18n.language;
  const rows = stats.data?.rows ?? [];
  const chartData = rows.map((r) => ({ ...r, label: r.name || r.key || '—' }));

  return (
    <main className="page work-page" id="main">
      <header className="page-head">
        <h1>{t('nav.dashboard')}</h1>
        <div className="action-bar">
          <button type="button" className="btn" onClick={() => exporter.mutate('csv')} disabled={exporter.isPending}>{t('dashboard.exportCsv')}</button>
          <button type="button" className="btn" onClick={() => exporter.mutate('xlsx')} disabled={exporter.isPending}>{t('dashboard.exportXlsx')}</button>
        </div>
      </header>
      {exporter.error && <ProblemView error={exporter.error} compact />}
      <div className="dash-controls">
        <fieldset className="segmented">
          <legend className="sr-only">{t('dashboard.groupBy')}</legend>
          {(['unit', 'plan', 'source'] as const).map((g) => (
            <label key={g} className={groupBy === g ? 'on' : undefined}>
              <input type="radio" name="groupBy" checked={groupBy === g} onChange={() => set('groupBy', g === 'unit' ? '' : g)} />
              {t(`dashboard.by${g[0].toUpperCase()}${g.slice(1)}`)}
            </label>
          ))}
        </fieldset>
        <label>{t('dashboard.unitId')}<input value={params.get('unitId') ?? ''} onChange={(e) => set('unitId', e.target.value.trim())} /></label>
        <label>{t('dashboard.dueFrom')}<DateInput value={params.get('dueFrom') ?? ''} onChange={(value) => set('dueFrom', value)} /></label>
        <label>{t('dashboard.dueTo')}<DateInput value={params.get('dueTo') ?? ''} onChange={(value) => set('dueTo', value)} /></label>
      </div>
      {stats.isPending ? <Loading /> : stats.error ? <ProblemView error={stats.error} /> : rows.length === 0 ? <p className="muted empty">{t('dashboard.empty')}</p> : (
        <>
          <p className="muted">{t('dashboard.asOf', { at: formatInstant(stats.data.asOf) })}</p>
          <figure className="chart-box" aria-label={t('dashboard.chart')} role="figure">
            <ResponsiveContainer width="100%" height="100%">
              {/* Out of the tab order: the table below gives the same figures to keyboard and screen reader users. */}
              <BarChart data={chartData} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" tick={<NameTick />} interval={0} height={TICK_LINES * TICK_LINE_HEIGHT + 12} />
                <YAxis allowDecimals={false} />
                <Tooltip />
                <Legend />
                {STAT_COLUMNS.filter((c) => c.colour).map((c) => (
                  <Bar key={c.key} dataKey={c.key} name={t(`dashboard.${c.key}`)} stackId="s" fill={c.colour} isAnimationActive={false} />
                ))}
              </BarChart>
            </ResponsiveContainer>
          </figure>
          <table className="table stats-table" aria-label={t('dashboard.table')}>
            <thead>
              <tr>
                <th scope="col">{t('dashboard.name')}</th>
                {STAT_COLUMNS.map((c) => <th key={c.key} scope="col" className="num">{t(`dashboard.${c.key}`)}</th>)}
                <th scope="col" className="num">{t('dashboard.onTimeRate')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key || r.name} data-key={r.key}>
                  <th scope="row">{r.name || r.key || '—'}</th>
                  {STAT_COLUMNS.map((c) => <td key={c.key} className="num" data-col={c.key}>{r[c.key] as number}</td>)}
                  <td className="num" data-col="onTimeRate">{formatRate(r.onTimeRate, locale)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('dashboard.totals')}</th>
                {STAT_COLUMNS.map((c) => <td key={c.key} className="num">{stats.data.totals[c.key] as number}</td>)}
                <td className="num">{formatRate(stats.data.totals.onTimeRate, locale)}</td>
              </tr>
            </tfoot>
          </table>
        </>
      )}
    </main>
  );
}
