import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import { useViewer } from '../../state/store';
import { history, useDraft } from './draftStore';
import { StartPanel } from './StartPanel';
import { StepList } from './StepList';
import { StepForm } from './StepForm';
import { MetaForm } from './MetaForm';
import { Actions } from './Actions';
import { Summary } from './Summary';
import { usePlacementKeys } from './usePlacementKeys';
import { PlayerBar } from '../player/PlayerBar';
import './editor.css';
// Kept with the modules the first download already has (rolldown groups modules by who imports them).
import { LANDMARKS_FILE } from '../../state/anatomy';
void LANDMARKS_FILE;

const undo = () => history.getState().undo();
const redo = () => history.getState().redo();

/** Ctrl/Cmd+Z undoes, Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes, every edit of the draft. */
function useUndoKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey)) return;
      const k = e.key.toLowerCase();
      if (k === 'z') {
        e.preventDefault();
        if (e.shiftKey) redo();
        else undo();
      } else if (k === 'y') {
        e.preventDefault();
        redo();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

/** The authoring studio (lazy-loaded: none of it is in the first download). */
export default function Editor() {
  const { t } = useTranslation();
  const technique = useDraft((s) => s.technique);
  const canUndo = useStore(history, (s) => s.pastStates.length > 0);
  const canRedo = useStore(history, (s) => s.futureStates.length > 0);
  useUndoKeys();
  usePlacementKeys();
  return (
    <section className="editor" aria-labelledby="editor-h" data-testid="editor">
      <div className="ed-head">
        <h2 id="editor-h">{t('editor.title')}</h2>
        <div className="buttons">
          <button type="button" onClick={undo} disabled={!canUndo} data-testid="editor-undo" aria-keyshortcuts="Control+Z">
            ↶ {t('editor.undo')}
          </button>
          <button type="button" onClick={redo} disabled={!canRedo} data-testid="editor-redo" aria-keyshortcuts="Shift+Control+Z">
            ↷ {t('editor.redo')}
          </button>
          <button type="button" onClick={() => useViewer.getState().setEditing(false)} data-testid="editor-close">
            {t('editor.close')}
          </button>
        </div>
      </div>
      {technique ? (
        <>
          <Summary />
          <section className="panel ed-preview" aria-label={t('editor.preview')}>
            <PlayerBar />
          </section>
          <MetaForm />
          <StepList />
          <StepForm />
          <Actions />
        </>
      ) : (
        <StartPanel />
      )}
    </section>
  );
}
