import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../api/endpoints';
import { Dialog } from '../../components/Dialog';
import { Loading } from '../../components/Loading';
import { ProblemView } from '../../components/ProblemView';
import { formatDate, formatInstant, todayInHanoi } from '../../lib/dates';
import { useEditor } from '../context';
import type { ElsaDefinition } from '../model/elsa';
import { DateInput } from '../../components/DateInput';
import { timelineText } from '../../i18n/terms';

/** Deadlines, reminders and escalations of the definition from a start date, on the work calendar. */
export function TimelineDialog({ definition }: { definition: ElsaDefinition }) {
  const editor = useEditor();
  const { t, i18n } = useTranslation();
  const [start, setStart] = useState(() => todayInHanoi());
  const query = useQuery({ queryKey: ['timeline', start, definition], queryFn: () => endpoints.timeline(definition, start) });
  return (
    <Dialog open title={t('designer.timeline.title')} onClose={() => editor.openDialog(undefined)} className="wide">
      <label className="field inline"><span>{t('designer.timeline.start')}</span>
        <DateInput value={start} onChange={(value) => setStart(value)} />
      </label>
      {query.isLoading && <Loading />}
      {query.isError && <ProblemView error={query.error} />}
      {query.data && (
        <>
          <ol className="deadline-timeline">
            {query.data.items.map((item, i) => (
              <li key={i} className={`tl-${item.kind}`}>
                {/* A deadline ends at 24:00 of its due day: the day is what people read, not 00:00 of the next. */}
                {item.kind === 'Deadline' && item.date
                  ? <time dateTime={item.date}>{formatDate(item.date)}</time>
                  : <time dateTime={item.at}>{formatInstant(item.at)}</time>}
                <span className={`badge kind-${item.kind}`}>{t(`designer.timeline.${item.kind}`)}</span>
                <button type="button" className="link-btn" onClick={() => { editor.openDialog(undefined); editor.select([item.activityId], true); }}>{item.activityName}</button>
                <span>{timelineText(t, item)}</span>
              </li>
            ))}
          </ol>
          {query.data.holidays.length > 0 && (
            <p className="muted small">{t('designer.timeline.holidays')}: {query.data.holidays.map((h) => `${formatDate(h.date)} ${i18n.language === 'en' ? h.nameEn : h.nameVi}`).join('; ')}</p>
          )}
        </>
      )}
    </Dialog>
  );
}
