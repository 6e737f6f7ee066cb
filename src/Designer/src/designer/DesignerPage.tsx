import { useQuery } from '@tanstack/react-query';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { endpoints } from '../api/endpoints';
import { useAuth } from '../auth/AuthContext';
import { Loading } from '../components/Loading';
import { ProblemView } from '../components/ProblemView';
import '@xyflow/react/dist/style.css';
import './designer.css';
import { Designer } from './Designer';
import { KnownUnits } from './components/KnownUnits';
import { Editor } from './editor';
import { indexDescriptors, type ActivityDescriptor } from './model/descriptors';
import { emptyDefinition, newActivityId, readPosition, type ElsaDefinition } from './model/elsa';
import { fromElsa } from './model/graph';
import { createActivity } from './model/ops';

/** Editors kept across the route change from /workflows/new to /workflows/:id after the first save. */
const handedOver = new Map<string, Editor>();

function newDefinition(descriptors: ActivityDescriptor[], name: string): ElsaDefinition {
  const definition = emptyDefinition(newActivityId(), name);
  const start = descriptors.find((d) => d.typeName === 'Elsa.Start');
  if (start) {
    const doc = fromElsa(definition).doc;
    definition.root.activities.push(createActivity(doc, start, { x: 0, y: 0 }));
  }
  return definition;
}

export default function DesignerPage() {
  const { definitionId } = useParams();
  const [params] = useSearchParams();
  const { t } = useTranslation();
  const { can } = useAuth();
  const navigate = useNavigate();
  const version = params.get('version') ? Number(params.get('version')) : undefined;
  const isNew = !definitionId;
  const kept = useRef<Editor>(undefined);
  const [handedOnMount] = useState(() => {
    const editor = definitionId ? handedOver.get(definitionId) : undefined;
    if (definitionId) handedOver.delete(definitionId);
    return editor;
  });

  const descriptors = useQuery({ queryKey: ['activity-descriptors'], queryFn: ({ signal }) => endpoints.descriptors(signal), staleTime: Infinity });
  const sameId = (e: Editor | undefined) => (e && definitionId && !version && e.present.definition.definitionId === definitionId ? e : undefined);
  const handed = sameId(kept.current) ?? sameId(handedOnMount);
  const definition = useQuery({
    queryKey: ['definition', definitionId, version],
    queryFn: ({ signal }) => endpoints.get(definitionId!, version, signal),
    enabled: !isNew && !handed,
    // A prefetched copy from this page load is fresh; coming back later loads again.
    staleTime: 5_000,
    gcTime: 0,
  });
  const versions = useQuery({
    queryKey: ['versions', definitionId],
    queryFn: ({ signal }) => endpoints.versions(definitionId!, signal),
    enabled: !isNew,
    retry: false,
  });

  const setup = useMemo(() => {
    if (!descriptors.data) return undefined;
    if (handed) return { editor: handed, tidy: false };
    let source: ElsaDefinition | undefined;
    if (isNew) source = newDefinition(descriptors.data, t('designer.untitled'));
    else if (definition.data) source = definition.data;
    if (!source) return undefined;
    const readOnly = !can('Designer');
    const tidy = (source.root?.activities ?? []).some((a) => !readPosition(a));
    const editor = new Editor(source, indexDescriptors(descriptors.data), readOnly);
    // A workflow never saved counts as unsaved from the start.
    if (isNew) editor.doc.set((s) => ({ ...s, savedRevision: -1 }));
    return { editor, tidy };
    // Made once per loaded definition: switching the language or refreshing the session must not drop edits.
  }, [descriptors.data, definition.data, isNew, handed]); // eslint-disable-line react-hooks/exhaustive-deps

  if (descriptors.isError) return <main className="page" id="main"><h1>{t('designer.title')}</h1><ProblemView error={descriptors.error} /></main>;
  if (definition.isError) {
    return (
      <main className="page" id="main">
        <h1>{t('designer.title')}</h1>
        <ProblemView error={definition.error} />
        <p><Link to="/workflows">{t('workflows.backToList')}</Link> · <Link to="/workflows/new">{t('workflows.new')}</Link></p>
      </main>
    );
  }
  if (!setup) return <Loading label={t('designer.loading')} />;

  const reviewStatus = versions.data?.find((v) => v.version === (setup.editor.present.definition.version ?? version))?.reviewStatus;
  return (
    <main id="main" className="designer-page">
      <KnownUnits />
      <Designer
        key={setup.editor.present.definition.definitionId + String(version ?? '')}
        editor={setup.editor}
        descriptors={descriptors.data!}
        isNew={isNew}
        reviewStatus={reviewStatus}
        tidyOnOpen={setup.tidy}
        onSaved={(id) => {
          if (isNew) {
            kept.current = setup.editor;
            handedOver.set(id, setup.editor);
            navigate(`/workflows/${encodeURIComponent(id)}`, { replace: true });
          }
        }}
      />
    </main>
  );
}
