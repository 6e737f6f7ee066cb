import { useQueries } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { work, type JournalEntry } from '../api/work';
import { formatInstant } from '../lib/dates';
import { pagesFor, visibleWindow } from '../lib/virtual';
import { eventName, journalMessage } from '../i18n/terms';
import { useActivityTypeName } from '../work/names';

export const JOURNAL_ROW = 30;
export const JOURNAL_PAGE = 100;

/**
 * The journal as a timeline that draws only the rows in view: pages of 100 are fetched as they scroll in,
 * so 10,000 entries scroll like 20.
 */
export function VirtualJournal({ instanceId, total, names }: { instanceId: string; total: number; names: Record<string, string> }) {
  const { t } = useTranslation();
  const typeName = useActivityTypeName();
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(420);
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const frame = useRef(0);
  const onScroll = useCallback(() => {
    cancelAnimationFrame(frame.current);
    frame.current = requestAnimationFrame(() => setScrollTop(box.current?.scrollTop ?? 0));
  }, []);
  const view = visibleWindow({ scrollTop, viewportHeight: height - JOURNAL_ROW, rowHeight: JOURNAL_ROW, count: total, overscan: 10 });
  const pages = pagesFor(view.start, view.end, JOURNAL_PAGE);
  const results = useQueries({
    queries: pages.map((page) => ({
      queryKey: ['journal', instanceId, page],
      queryFn: ({ signal }: { signal: AbortSignal }) => work.journal(instanceId, page, JOURNAL_PAGE, signal),
      staleTime: 60_000,
    })),
  });
  const rows = new Map<number, JournalEntry>();
  results.forEach((r, i) => r.data?.items.forEach((item, j) => rows.set((pages[i] - 1) * JOURNAL_PAGE + j, item)));

  const onKey = (e: KeyboardEvent<HTMLDivElement>) => {
    const el = box.current;
    if (!el) return;
    const step = { ArrowDown: JOURNAL_ROW, ArrowUp: -JOURNAL_ROW, PageDown: height - JOURNAL_ROW, PageUp: -(height - JOURNAL_ROW) }[e.key];
    if (step !== undefined) { el.scrollTop += step; e.preventDefault(); }
    if (e.key === 'Home') { el.scrollTop = 0; e.preventDefault(); }
    if (e.key === 'End') { el.scrollTop = el.scrollHeight; e.preventDefault(); }
  };

  const cells = [];
  for (let index = view.start; index < view.end; index++) {
    const entry = rows.get(index);
    const message = entry ? journalMessage(t, entry, typeName) : '';
    cells.push(
      <div key={index} className="journal-row" role="row" aria-rowindex={index + 2} style={{ top: JOURNAL_ROW * (index + 1), height: JOURNAL_ROW }}>
        {entry ? (
          <>
            <span role="cell">{entry.sequence}</span>
            <span role="cell"><time dateTime={entry.at}>{formatInstant(entry.at)}</time></span>
            <span role="cell">{eventName(t, entry.event)}</span>
            <span role="cell" title={entry.activityType ? typeName(entry.activityType) ?? entry.activityType : undefined}>{entry.activityId ? names[entry.activityId] ?? entry.activityId : ''}</span>
            <span role="cell">{entry.actor ?? ''}</span>
            <span role="cell" title={message || undefined}>{message}</span>
          </>
        ) : <span role="cell" className="muted">…</span>}
      </div>,
    );
  }
  return (
    <div ref={box} className="journal" tabIndex={0} role="table" aria-rowcount={total + 1} aria-label={t('instances.journalLabel', { count: total })}
      onScroll={onScroll} onKeyDown={onKey} data-rendered-rows={view.end - view.start}>
      <div style={{ height: view.totalHeight + JOURNAL_ROW, position: 'relative' }}>
        <div className="journal-row journal-head" role="row" aria-rowindex={1} style={{ height: JOURNAL_ROW }}>
          <span role="columnheader">#</span><span role="columnheader">{t('instances.at')}</span><span role="columnheader">{t('instances.event')}</span>
          <span role="columnheader">{t('instances.activity')}</span><span role="columnheader">{t('instances.actor')}</span><span role="columnheader">{t('instances.message')}</span>
        </div>
        {cells}
      </div>
    </div>
  );
}
