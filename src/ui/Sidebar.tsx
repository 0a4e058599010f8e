import { useTranslation } from 'react-i18next';
import { useViewer, type SidebarTab } from '../state/store';
import { TechniquesTab } from './TechniquesTab';
import { ViewButtons } from './ViewButtons';
import { LayerPanel } from './LayerPanel';
import { SelectionPanel } from './SelectionPanel';
import { lazy, Suspense } from 'react';
import { ErrorBoundary } from './ErrorBoundary';
import { useUserData } from '../state/userData';

// Tabs that are not on screen at start load on first use (a smaller first download).
const EvidencePage = lazy(() => import('./safety/EvidencePage').then((m) => ({ default: m.EvidencePage })));
const LearnTab = lazy(() => import('./LearnTab').then((m) => ({ default: m.LearnTab })));
const Editor = lazy(() => import('./editor/Editor'));

const TABS: SidebarTab[] = ['techniques', 'view', 'safety', 'learn'];

/** Tabs: techniques, view and layers, safety and evidence, learning (quiz, course). */
export function Sidebar() {
  const { t } = useTranslation();
  const tab = useViewer((s) => s.tab);
  const setTab = useViewer.getState().setTab;
  const editing = useViewer((s) => s.editing);
  const onKey = (e: React.KeyboardEvent) => {
    const i = TABS.indexOf(tab);
    const next = e.key === 'ArrowRight' ? i + 1 : e.key === 'ArrowLeft' ? i - 1 : null;
    if (next === null) return;
    e.preventDefault();
    const id = TABS[(next + TABS.length) % TABS.length]!;
    setTab(id);
    document.getElementById(`tab-${id}`)?.focus();
  };
  if (editing) return <aside className="sidebar"><ErrorBoundary part="editor"><Suspense fallback={<p className="muted">…</p>}><Editor /></Suspense></ErrorBoundary></aside>;
  return (
    <aside className="sidebar">
      <button type="button" className="edit-entry" onClick={() => useViewer.getState().setEditing(true)} data-testid="open-editor">{t('editor.open')}</button>
      <div role="tablist" aria-label={t('tabs.label')} className="tabs" onKeyDown={onKey}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`tab-${id}`}
            role="tab"
            aria-selected={tab === id}
            aria-controls={tab === id ? `panel-${id}` : undefined}
            tabIndex={tab === id ? 0 : -1}
            className={tab === id ? 'on' : ''}
            onClick={() => setTab(id)}
            data-testid={`tab-${id}`}
          >
            {t(`tabs.${id}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} className="tabpanel">
        {/* One boundary per tab (keyed by tab): a failing tab shows its message, the others still work. */}
        <ErrorBoundary key={tab} part={tab} {...resetOf(tab, t)}>
          {tab === 'techniques' && <TechniquesTab />}
          {tab === 'view' && (
            <>
              <ViewButtons />
              <LayerPanel />
              <SelectionPanel />
            </>
          )}
          <Suspense fallback={<p className="muted">…</p>}>
            {tab === 'safety' && (
              <div className="panel">
                <EvidencePage onReviewCheck={() => useViewer.getState().setSafetyCheck('review')} />
              </div>
            )}
            {tab === 'learn' && <LearnTab />}
          </Suspense>
        </ErrorBoundary>
      </div>
    </aside>
  );
}

/** The second way back of a failed tab: forget what it keeps. */
function resetOf(tab: SidebarTab, t: (key: string) => string): { reset?: { label: string; action: () => void } } {
  switch (tab) {
    case 'learn':
      return { reset: { label: t('persist.boundary.resetPlan'), action: () => useUserData.getState().saveCoursePlan(null) } };
    case 'safety':
      return { reset: { label: t('persist.boundary.resetAnswers'), action: () => useUserData.getState().clearRedFlagAnswers() } };
    case 'techniques':
      return { reset: { label: t('persist.boundary.resetTechnique'), action: () => useViewer.getState().selectTechnique(null) } };
    default:
      return {};
  }
}
