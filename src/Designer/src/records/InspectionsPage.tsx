import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import {
  FINDING_TYPES, INSPECTION_KINDS, INSPECTION_STATUSES, oversight,
  type Finding, type FindingCounts, type InspectionDetail, type InspectionSummary, type RemediationAction, type RemediationDecision, type RemediationStepName,
} from '../api/records-oversight';
import { ApiError } from '../api/client';
import { DeadlineBadge } from '../components/DeadlineBadge';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate, formatInstant } from '../lib/dates';
import { ActionDialog } from './ActionDialog';
import { apiQuery, FILTERS, groupFindings, localText, remediationChoices } from './oversight';
import { BackLink, ConfidentialityMark, DebouncedInput, Fact, Facts, useBackToList, useListFilter, useListState } from './OversightParts';
import { pageCount, unitName, personName } from './common';
import { Pager } from '../components/Pager';
import '../work/work.css';
import { useStepAction } from './useStepAction';

const COUNT_KEYS: Record<(typeof FINDING_TYPES)[number], keyof FindingCounts> = {
  Strength: 'strengths', Shortcoming: 'shortcomings', Violation: 'violations', Recommendation: 'recommendations',
};

/** Inspections and supervisions (kiểm tra, giám sát), latest started first, filtered by kind, status and start year. */
export function InspectionsPage() {
  const { t, i18n } = useTranslation();
  const { filter, setFilter, change } = useListFilter('inspections');
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'inspections', query.toString()],
    queryFn: ({ signal }) => oversight.inspections(query, signal),
    placeholderData: (previous) => previous,
  });
  const linkState = useListState();
  const items = list.data?.items ?? [];
  const language = i18n.language;

  return (
    <section aria-labelledby="records-inspections" className="record-page">
      <header className="page-head">
        <h2 id="records-inspections">{t('records.tabs.inspections')}</h2>
        {list.data && <span className="muted" aria-live="polite">{t('records.inspections.total', { count: list.data.total })}</span>}
      </header>
      <form className="dash-controls record-filters" role="search" aria-label={t('records.inspections.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('records.inspections.kind')}
          <select value={filter.kind} onChange={(e) => change('kind', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {INSPECTION_KINDS.map((k) => <option key={k} value={k}>{t(`records.inspections.kinds.${k}`)}</option>)}
          </select>
        </label>
        <label>{t('records.inspections.status')}
          <select value={filter.status} onChange={(e) => change('status', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {INSPECTION_STATUSES.map((s) => <option key={s} value={s}>{t(`records.inspections.statuses.${s}`)}</option>)}
          </select>
        </label>
        <DebouncedInput label={t('records.inspections.year')} value={filter.year} inputMode="numeric" maxLength={4} size={6}
          placeholder={t('records.inspections.yearHint')} complete={(v) => FILTERS.inspections.year(v) !== ''} onCommit={(v) => change('year', v)} />
        <button type="button" className="btn ghost" disabled={!filter.kind && !filter.status && !filter.year}
          onClick={() => setFilter({ kind: '', status: '', year: '', page: 1 })}>{t('records.inspections.clear')}</button>
      </form>

      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('records.inspections.empty')}</p>
      ) : (
        <table className="table record-table inspections-table" aria-label={t('records.inspections.table')} aria-busy={list.isFetching || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('records.inspections.topic')}</th>
              <th scope="col">{t('records.inspections.kind')}</th>
              <th scope="col">{t('records.inspections.targets')}</th>
              <th scope="col">{t('records.inspections.reviewPeriod')}</th>
              <th scope="col">{t('records.inspections.status')}</th>
              <th scope="col">{t('records.inspections.start')}</th>
              <th scope="col">{t('records.inspections.findings')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id} data-id={i.id}>
                <td>
                  <Link to={`/records/inspections/${encodeURIComponent(i.id)}`} state={linkState}>{localText(i.topicVi, i.topicEn, language)}</Link>
                  {i.classification !== 'Unclassified' && <> <ConfidentialityMark level={i.classification} /></>}
                </td>
                <td>{t(`records.inspections.kinds.${i.kind}`, { defaultValue: i.kind })}</td>
                <td><UnitList units={i.targetUnits} /></td>
                <td><ReviewPeriod inspection={i} /></td>
                <td><span className={`badge inspection-${i.status}`}>{t(`records.inspections.statuses.${i.status}`, { defaultValue: i.status })}</span></td>
                <td><StartAndDuration inspection={i} /></td>
                <td><FindingCountList counts={i.findings} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pageCount(list.data?.total)} onPage={(page) => setFilter({ ...filter, page })} />
    </section>
  );
}

function UnitList({ units }: { units: InspectionSummary['targetUnits'] }) {
  const { i18n } = useTranslation();
  return <ul className="plain-list tight">{units.map((u) => <li key={u.id} data-unit={u.id}>{unitName(u, i18n.language)}</li>)}</ul>;
}

function ReviewPeriod({ inspection }: { inspection: InspectionSummary }) {
  const { t } = useTranslation();
  return (
    <span className="nowrap">
      {t('records.inspections.periodRange', { from: formatDate(inspection.reviewPeriodFrom), to: formatDate(inspection.reviewPeriodTo) })}
    </span>
  );
}

function StartAndDuration({ inspection }: { inspection: InspectionSummary }) {
  const { t } = useTranslation();
  const days = inspection.allowedDurationDays;
  return (
    <>
      {inspection.startOn ? <time dateTime={inspection.startOn}>{formatDate(inspection.startOn)}</time> : <span className="muted">{t('records.inspections.notStarted')}</span>}
      <br />
      <small className="muted">
        {t(inspection.durationBasis === 'WorkingDays' ? 'records.inspections.durationWorking' : 'records.inspections.duration', { count: days })}
        {inspection.extensionDays > 0 && <> ({t('records.inspections.extension', { count: inspection.extensionDays })})</>}
      </small>
    </>
  );
}

function FindingCountList({ counts }: { counts: FindingCounts }) {
  const { t } = useTranslation();
  return (
    <ul className="finding-counts">
      {FINDING_TYPES.map((type) => {
        const count = counts[COUNT_KEYS[type]] ?? 0;
        return (
          <li key={type} data-type={type} className={count ? `finding-${type}` : 'muted'}>
            {t(`records.inspections.findingTypes.${type}`)}: <strong>{count}</strong>
          </li>
        );
      })}
    </ul>
  );
}

/** One inspection: what it is, its findings by unit and type, the conclusion notice and the remediation owed, acted on here. */
export function InspectionPage() {
  const { inspectionId = '' } = useParams();
  const { t } = useTranslation();
  const back = useBackToList('/records/inspections');
  const detail = useQuery({ queryKey: ['records', 'inspection', inspectionId], queryFn: ({ signal }) => oversight.inspection(inspectionId, signal) });
  const backLink = <BackLink to={back}>{t('records.inspections.back')}</BackLink>;
  if (detail.isPending) return <section className="record-page">{backLink}<Loading /></section>;
  if (detail.error) return <section className="record-page">{backLink}<ProblemView error={detail.error} /></section>;
  return <section className="record-page" aria-labelledby="inspection-head">{backLink}<InspectionView detail={detail.data} /></section>;
}

function InspectionView({ detail }: { detail: InspectionDetail }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const s = detail.summary;
  const groups = groupFindings(detail.findings, s.targetUnits);
  return (
    <>
      <header className="page-head">
        <h2 id="inspection-head">{localText(s.topicVi, s.topicEn, language)}</h2>
        <span className={`badge inspection-${s.status}`}>{t(`records.inspections.statuses.${s.status}`, { defaultValue: s.status })}</span>
      </header>

      <section className="panel" aria-labelledby="inspection-details">
        <h3 id="inspection-details">{t('records.inspections.details')}</h3>
        <Facts>
          <Fact term={t('records.inspections.kind')}>{t(`records.inspections.kinds.${s.kind}`, { defaultValue: s.kind })}</Fact>
          <Fact term={t('records.inspections.targets')}><UnitList units={s.targetUnits} /></Fact>
          <Fact term={t('records.inspections.reviewPeriod')}><ReviewPeriod inspection={s} /></Fact>
          <Fact term={t('records.inspections.level')}>{t(`records.inspections.levels.${s.level}`, { defaultValue: s.level })}</Fact>
          {s.fields.length > 0 && (
            <Fact term={t('records.inspections.fields')}>{s.fields.map((f) => t(`records.documents.fields.${f}`, { defaultValue: f })).join(', ')}</Fact>
          )}
          <Fact term={t('records.inspections.start')}><span><StartAndDuration inspection={s} /></span></Fact>
          {s.endsOn && <Fact term={t('records.inspections.endsOn')}><time dateTime={s.endsOn}>{formatDate(s.endsOn)}</time></Fact>}
          {s.closedAt && <Fact term={t('records.inspections.closedAt')}>{formatInstant(s.closedAt)}</Fact>}
          {s.classification !== 'Unclassified' && <Fact term={t('records.inspections.classification')}><ConfidentialityMark level={s.classification} /></Fact>}
          {detail.team && (
            <>
              <Fact term={t('records.inspections.teamHead')}>{personName(detail.team.head, t('records.documents.systemActor'))}</Fact>
              {detail.team.deputies.length > 0 && (
                <Fact term={t('records.inspections.teamDeputies')}>{detail.team.deputies.map((p) => personName(p, t('records.documents.systemActor'))).join('; ')}</Fact>
              )}
              {detail.team.members.length > 0 && (
                <Fact term={t('records.inspections.teamMembers')}>{detail.team.members.map((p) => personName(p, t('records.documents.systemActor'))).join('; ')}</Fact>
              )}
              {detail.team.secretary && <Fact term={t('records.inspections.teamSecretary')}>{personName(detail.team.secretary, t('records.documents.systemActor'))}</Fact>}
            </>
          )}
          {detail.decisionDocumentId && <Fact term={t('records.inspections.decision')}><DocumentRef id={detail.decisionDocumentId} /></Fact>}
          {detail.planDocumentId && <Fact term={t('records.inspections.planDocument')}><DocumentRef id={detail.planDocumentId} /></Fact>}
          {detail.outlineDocumentId && <Fact term={t('records.inspections.outlineDocument')}><DocumentRef id={detail.outlineDocumentId} /></Fact>}
          {detail.selfReportDocumentId && <Fact term={t('records.inspections.selfReportDocument')}><DocumentRef id={detail.selfReportDocumentId} /></Fact>}
          {detail.convertedFromId && (
            <Fact term={t('records.inspections.convertedFrom')}><Link to={`/records/inspections/${encodeURIComponent(detail.convertedFromId)}`}>{t('records.inspections.openRecord')}</Link></Fact>
          )}
          {detail.convertedToId && (
            <Fact term={t('records.inspections.convertedTo')}><Link to={`/records/inspections/${encodeURIComponent(detail.convertedToId)}`}>{t('records.inspections.openRecord')}</Link></Fact>
          )}
          <Fact term={t('records.inspections.instance')}>
            {s.workflowInstanceId
              ? <Link to={`/instances/${encodeURIComponent(s.workflowInstanceId)}`}>{t('records.inspections.openInstance', { id: s.workflowInstanceId })}</Link>
              : <span className="muted">{t('records.inspections.noInstance')}</span>}
          </Fact>
        </Facts>
      </section>

      <section className="panel" aria-labelledby="inspection-findings">
        <h3 id="inspection-findings">{t('records.inspections.findingsHead')}</h3>
        <FindingCountList counts={s.findings} />
        {groups.length === 0 ? <p className="muted">{t('records.inspections.noFindings')}</p> : groups.map((group) => (
          <section key={group.unit.id} className="finding-unit" data-unit={group.unit.id} aria-label={t('records.inspections.findingsOfUnit', { unit: unitName(group.unit, language) })}>
            <h4>{unitName(group.unit, language)}</h4>
            {group.types.map(({ type, findings }) => (
              <div key={type} className="finding-type" data-type={type}>
                <h5 className={`finding-${type}`}>{t(`records.inspections.findingTypes.${type}`, { defaultValue: type })} ({findings.length})</h5>
                <ul className="plain-list">
                  {findings.map((f) => (
                    <li key={f.id} data-finding={f.id}>
                      {f.severity && (
                        <span className={`badge severity-${f.severity}`}>
                          <span className="sr-only">{t('records.inspections.severity')}: </span>{t(`records.inspections.severities.${f.severity}`, { defaultValue: f.severity })}
                        </span>
                      )}{' '}
                      {f.description}{' '}
                      <small className="muted">{t('records.inspections.recordedAt', { at: formatInstant(f.recordedAt) })}</small>
                    </li>
                  ))}
                </ul>
              </div>
            ))}
          </section>
        ))}
      </section>

      <section className="panel" aria-labelledby="inspection-conclusion">
        <h3 id="inspection-conclusion">{t('records.inspections.conclusion')}</h3>
        {!detail.conclusion ? <p className="muted">{t('records.inspections.noConclusion')}</p> : (
          <>
            <Facts>
              <Fact term={t('records.inspections.conclusionDocument')}><DocumentRef id={detail.conclusion.documentId} /></Fact>
              <Fact term={t('records.inspections.issuedOn')}><time dateTime={detail.conclusion.issuedOn}>{formatDate(detail.conclusion.issuedOn)}</time></Fact>
              <Fact term={t('records.inspections.findings')}>{t('records.inspections.concludedFindings', { count: detail.conclusion.findingIds.length })}</Fact>
            </Facts>
            <h4>{t('records.inspections.requirements')}</h4>
            {detail.conclusion.requirements.length === 0 ? <p className="muted">{t('records.inspections.noRequirements')}</p> : (
              <ol className="requirements">{detail.conclusion.requirements.map((r, i) => <li key={i}>{r}</li>)}</ol>
            )}
          </>
        )}
      </section>

      <Remediation inspectionId={s.id} actions={detail.remediationActions} findings={detail.findings} />
    </>
  );
}

const DECISION_KEYS: Record<RemediationDecision, { label: string; labelOf: string; dialog: string; done: string }> = {
  report: { label: 'records.inspections.remediate.report', labelOf: 'records.inspections.remediate.reportOf', dialog: 'records.inspections.remediate.dialogReport', done: 'records.inspections.remediate.doneReport' },
  verify: { label: 'records.inspections.remediate.verify', labelOf: 'records.inspections.remediate.verifyOf', dialog: 'records.inspections.remediate.dialogVerify', done: 'records.inspections.remediate.doneVerify' },
  reject: { label: 'records.inspections.remediate.reject', labelOf: 'records.inspections.remediate.rejectOf', dialog: 'records.inspections.remediate.dialogReject', done: 'records.inspections.remediate.doneReject' },
};
const WAITING_KEYS: Record<RemediationStepName, string> = { report: 'records.inspections.remediate.waitingReport', verify: 'records.inspections.remediate.waitingVerify' };

interface Acting { action: RemediationAction; decision: RemediationDecision }

/**
 * The fixes an inspection's conclusion requires, each with the step its workflow waits for: the responsible unit
 * reports its fix, the verifier verifies it or sends it back with a comment (as the server says the reader may).
 */
export function Remediation({ inspectionId, actions, findings }: { inspectionId: string; actions: RemediationAction[]; findings: Finding[] }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const byId = new Map(findings.map((f) => [f.id, f]));
  const overdue = actions.filter((a) => a.overdue).length;
  const withSteps = actions.some((a) => !!a.openStep);
  const { acting, flash, act, open, close } = useStepAction<Acting>(
    ({ action, decision, comment }) => oversight.actOnRemediation(inspectionId, action.id, decision, comment),
    ({ action, decision }) => t(DECISION_KEYS[decision].done, { action: action.action, unit: unitName(action.responsibleUnit, language) }),
    [['records', 'inspection', inspectionId], ['records', 'inspections'], ['tasks'], ['inbox-watch']]);
  return (
    <section className="panel" aria-labelledby="inspection-remediation">
      <h3 id="inspection-remediation">
        {t('records.inspections.remediation')}
        {overdue > 0 && <> <small className="warn">{t('records.inspections.overdueCount', { count: overdue })}</small></>}
      </h3>
      {flash && <p role="status" className="flash">{flash}</p>}
      {actions.length === 0 ? <p className="muted">{t('records.inspections.noRemediation')}</p> : (
        <table className="table record-table remediation-table" aria-label={t('records.inspections.remediationTable')}>
          <thead>
            <tr>
              <th scope="col">{t('records.inspections.action')}</th>
              <th scope="col">{t('records.inspections.responsible')}</th>
              <th scope="col">{t('records.inspections.forFinding')}</th>
              <th scope="col">{t('records.inspections.dueOn')}</th>
              <th scope="col">{t('records.inspections.remediationStatus')}</th>
              {withSteps && <th scope="col">{t('records.inspections.remediate.head')}</th>}
            </tr>
          </thead>
          <tbody>
            {actions.map((a) => {
              const finding = byId.get(a.findingId);
              const { decisions, waitingFor } = remediationChoices(a);
              return (
                <tr key={a.id} data-action={a.id} className={a.overdue ? 'overdue' : undefined}>
                  <td>
                    {a.action}
                    {a.lastRejectionComment && a.status !== 'Verified' && <><br /><small className="warn">{t('records.inspections.rejected', { comment: a.lastRejectionComment })}</small></>}
                  </td>
                  <td>{unitName(a.responsibleUnit, language)}</td>
                  <td>{finding ? `${t(`records.inspections.findingTypes.${finding.type}`, { defaultValue: finding.type })}: ${finding.description}` : <span className="muted">{t('records.inspections.findingHidden')}</span>}</td>
                  <td className="nowrap">
                    <time dateTime={a.dueOn}>{formatDate(a.dueOn)}</time>
                    {a.overdue && <> <DeadlineBadge state="OverdueOpen" /></>}
                  </td>
                  <td>
                    {t(`records.inspections.remediationStatuses.${a.status}`, { defaultValue: a.status })}
                    {a.reportedAt && <><br /><small className="muted">{t('records.inspections.reportedAt', { at: formatInstant(a.reportedAt) })}</small></>}
                    {a.verifiedAt && <><br /><small className="muted">{t('records.inspections.verifiedAt', { at: formatInstant(a.verifiedAt) })}</small></>}
                  </td>
                  {withSteps && (
                    <td className="actions-cell">
                      {decisions.map((decision) => (
                        <button key={decision} type="button" className={`btn small ${decision === 'reject' ? 'danger' : 'primary'}`} data-decision={decision}
                          aria-label={t(DECISION_KEYS[decision].labelOf, { action: a.action })} onClick={() => open({ action: a, decision })}>
                          {t(DECISION_KEYS[decision].label)}
                        </button>
                      ))}
                      {waitingFor && <span className="muted" data-waiting={waitingFor}>{t(WAITING_KEYS[waitingFor])}</span>}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      )}

      {acting && (
        <ActionDialog
          title={t(DECISION_KEYS[acting.decision].dialog)}
          subject={t('records.inspections.remediate.dialogWhat', { action: acting.action.action, unit: unitName(acting.action.responsibleUnit, language) })}
          action={acting.decision}
          confirmLabel={t(DECISION_KEYS[acting.decision].label)}
          pending={act.isPending}
          error={act.error}
          onConfirm={(comment) => act.mutate({ ...acting, comment })}
          onClose={close}
        />
      )}
    </section>
  );
}

/** A document a record cites, by its symbol and subject line, linked to its record. */
export function DocumentRef({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const document = useQuery({ queryKey: ['records', 'document', id], queryFn: ({ signal }) => oversight.document(id, signal) });
  const to = `/records/documents/${encodeURIComponent(id)}`;
  if (document.isPending) return <Link to={to}>{t('records.inspections.openDocument')}</Link>;
  // A document the user may not read is no fault: say so plainly, and offer no link to a refusal.
  if (document.error instanceof ApiError && document.error.status === 403) return <span className="muted">{t('records.documents.notShared')}</span>;
  if (document.error) return <div><Link to={to}>{t('records.inspections.openDocument')}</Link> <ProblemView error={document.error} compact /></div>;
  const d = document.data;
  return (
    <span>
      <Link to={to}>{d.symbol ?? t('records.documents.unnumbered')}</Link> — {localText(d.subjectVi, d.subjectEn, i18n.language)}
      {d.issuedOn && <> ({formatDate(d.issuedOn)})</>}
      {d.confidentiality !== 'Unclassified' && <> <ConfidentialityMark level={d.confidentiality} /></>}
    </span>
  );
}
