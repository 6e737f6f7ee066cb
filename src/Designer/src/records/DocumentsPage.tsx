import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DOC_TYPES, oversight, type DocumentRecord } from '../api/records-oversight';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import { formatDate } from '../lib/dates';
import { apiQuery, isRestricted, localText } from './oversight';
import { BackLink, ConfidentialityMark, DebouncedInput, Fact, Facts, useBackToList, useListFilter, useListState } from './OversightParts';
import { pageCount, unitName, personName } from './common';
import { Pager } from '../components/Pager';
import '../work/work.css';
import { DateInput } from '../components/DateInput';

/** Documents (văn bản): their metadata only, latest issued first, by type, issue dates and text in the subject line. */
export function DocumentsPage() {
  const { t, i18n } = useTranslation();
  const { filter, setFilter, change } = useListFilter('documents');
  const query = apiQuery(filter);
  const list = useQuery({
    queryKey: ['records', 'documents', query.toString()],
    queryFn: ({ signal }) => oversight.documents(query, signal),
    placeholderData: (previous) => previous,
  });
  const linkState = useListState();
  const items = list.data?.items ?? [];
  const language = i18n.language;

  return (
    <section aria-labelledby="records-documents" className="record-page">
      <header className="page-head">
        <h2 id="records-documents">{t('records.tabs.documents')}</h2>
        {list.data && <span className="muted" aria-live="polite">{t('records.documents.total', { count: list.data.total })}</span>}
      </header>
      <form className="dash-controls record-filters" role="search" aria-label={t('records.documents.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>{t('records.documents.docType')}
          <select value={filter.docType} onChange={(e) => change('docType', e.target.value)}>
            <option value="">{t('common.all')}</option>
            {DOC_TYPES.map((d) => <option key={d} value={d}>{t(`records.documents.types.${d}`)}</option>)}
          </select>
        </label>
        <label>{t('records.documents.issuedFrom')}
          <DateInput value={filter.issuedFrom} max={filter.issuedTo || undefined} onChange={(value) => change('issuedFrom', value)} />
        </label>
        <label>{t('records.documents.issuedTo')}
          <DateInput value={filter.issuedTo} min={filter.issuedFrom || undefined} onChange={(value) => change('issuedTo', value)} />
        </label>
        <DebouncedInput label={t('records.documents.q')} type="search" value={filter.q} maxLength={200} placeholder={t('records.documents.qHint')}
          onCommit={(v) => change('q', v)} />
        <button type="button" className="btn ghost" disabled={!filter.docType && !filter.issuedFrom && !filter.issuedTo && !filter.q}
          onClick={() => setFilter({ docType: '', issuedFrom: '', issuedTo: '', q: '', page: 1 })}>{t('records.documents.clear')}</button>
      </form>

      {list.isPending ? <Loading /> : list.error ? <ProblemView error={list.error} /> : items.length === 0 ? (
        <p className="muted empty">{t('records.documents.empty')}</p>
      ) : (
        <table className="table record-table documents-table" aria-label={t('records.documents.table')} aria-busy={list.isFetching || undefined}>
          <thead>
            <tr>
              <th scope="col">{t('records.documents.symbol')}</th>
              <th scope="col">{t('records.documents.type')}</th>
              <th scope="col">{t('records.documents.subject')}</th>
              <th scope="col">{t('records.documents.issuer')}</th>
              <th scope="col">{t('records.documents.issuedOn')}</th>
              <th scope="col">{t('records.documents.status')}</th>
              <th scope="col">{t('records.documents.confidentiality')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((d) => (
              <tr key={d.id} data-id={d.id} className={isRestricted(d.confidentiality) ? 'restricted' : undefined}>
                <th scope="row" className="nowrap">
                  <Link to={`/records/documents/${encodeURIComponent(d.id)}`} state={linkState} className="mono">{d.symbol ?? t('records.documents.unnumbered')}</Link>
                </th>
                <td>{t(`records.documents.types.${d.docType}`, { defaultValue: d.docType })}</td>
                <td>{localText(d.subjectVi, d.subjectEn, language)}</td>
                <td>{d.issuers.map((u) => unitName(u, language)).join('; ')}</td>
                <td className="nowrap">{d.issuedOn ? <time dateTime={d.issuedOn}>{formatDate(d.issuedOn)}</time> : <span className="muted">{t('records.documents.notIssued')}</span>}</td>
                <td><span className={`badge document-${d.status}`}>{t(`records.documents.statuses.${d.status}`, { defaultValue: d.status })}</span></td>
                <td>
                  <ConfidentialityMark level={d.confidentiality} />
                  {d.urgency !== 'Normal' && <> <UrgencyMark urgency={d.urgency} /></>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager page={filter.page} pages={pageCount(list.data?.total)} onPage={(page) => setFilter({ ...filter, page })} />
    </section>
  );
}

function UrgencyMark({ urgency }: { urgency: DocumentRecord['urgency'] }) {
  const { t } = useTranslation();
  return <span className={`urgency-mark urgency-${urgency}`} data-urgency={urgency}>{t(`records.documents.urgencies.${urgency}`, { defaultValue: urgency })}</span>;
}

/** One document's metadata (the system never holds a document's text). */
export function DocumentPage() {
  const { documentId = '' } = useParams();
  const { t } = useTranslation();
  const back = useBackToList('/records/documents');
  const detail = useQuery({ queryKey: ['records', 'document', documentId], queryFn: ({ signal }) => oversight.document(documentId, signal) });
  const backLink = <BackLink to={back}>{t('records.documents.back')}</BackLink>;
  if (detail.isPending) return <section className="record-page">{backLink}<Loading /></section>;
  if (detail.error) return <section className="record-page">{backLink}<ProblemView error={detail.error} /></section>;
  return <section className="record-page" aria-labelledby="document-head">{backLink}<DocumentView document={detail.data} /></section>;
}

function DocumentView({ document: d }: { document: DocumentRecord }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const date = (value: string | null | undefined) => (value ? <time dateTime={value}>{formatDate(value)}</time> : <span className="muted">—</span>);
  return (
    <>
      <header className="page-head">
        <h2 id="document-head">
          <span className="mono">{d.symbol ?? t('records.documents.unnumbered')}</span> · {t(`records.documents.types.${d.docType}`, { defaultValue: d.docType })}
        </h2>
        <span className={`badge document-${d.status}`}>{t(`records.documents.statuses.${d.status}`, { defaultValue: d.status })}</span>
      </header>
      {isRestricted(d.confidentiality) && (
        <p className="restricted-note"><ConfidentialityMark level={d.confidentiality} /> {t('records.documents.restrictedNote')}</p>
      )}
      <section className="panel" aria-labelledby="document-details">
        <h3 id="document-details">{t('records.documents.details')}</h3>
        <Facts>
          <Fact term={t('records.documents.symbol')}><span className="mono">{d.symbol ?? t('records.documents.unnumbered')}</span></Fact>
          {d.number != null && <Fact term={t('records.documents.number')}>{d.number}</Fact>}
          <Fact term={t('records.documents.type')}>{t(`records.documents.types.${d.docType}`, { defaultValue: d.docType })}</Fact>
          <Fact term={t('records.documents.subject')}>{d.subjectVi}</Fact>
          {d.subjectEn && <Fact term={t('records.documents.subjectEn')}>{d.subjectEn}</Fact>}
          <Fact term={t('records.documents.issuer')}>{d.issuers.map((u) => unitName(u, language)).join('; ') || <span className="muted">—</span>}</Fact>
          <Fact term={t('records.documents.issuedOn')}>{d.issuedOn ? date(d.issuedOn) : <span className="muted">{t('records.documents.notIssued')}</span>}</Fact>
          <Fact term={t('records.documents.effectiveOn')}>{date(d.effectiveOn)}</Fact>
          <Fact term={t('records.documents.expiresOn')}>{date(d.expiresOn)}</Fact>
          <Fact term={t('records.documents.systemActor')}>{t(`records.documents.systems.${d.system}`, { defaultValue: d.system })}</Fact>
          <Fact term={t('records.documents.direction')}>{t(`records.documents.directions.${d.direction}`, { defaultValue: d.direction })}</Fact>
          {d.fields.length > 0 && (
            <Fact term={t('records.documents.fieldsLabel')}>{d.fields.map((f) => t(`records.documents.fields.${f}`, { defaultValue: f })).join(', ')}</Fact>
          )}
          <Fact term={t('records.documents.confidentiality')}><ConfidentialityMark level={d.confidentiality} /></Fact>
          <Fact term={t('records.documents.urgency')}>{d.urgency === 'Normal' ? t('records.documents.urgencies.Normal') : <UrgencyMark urgency={d.urgency} />}</Fact>
          {d.signer && <Fact term={t('records.documents.signer')}>{personName(d.signer, t('records.documents.systemActor'))}</Fact>}
          {d.approvedBy && <Fact term={t('records.documents.approvedBy')}>{personName(d.approvedBy, t('records.documents.systemActor'))}</Fact>}
          {d.supersededById && (
            <Fact term={t('records.documents.supersededBy')}><Link to={`/records/documents/${encodeURIComponent(d.supersededById)}`}>{t('records.documents.open')}</Link></Fact>
          )}
        </Facts>
        <p className="muted small">{t('records.documents.metadataOnly')}</p>
      </section>
    </>
  );
}
