import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditorStore } from '../../state/editor/editorStore';
import { useDraft } from './draftStore';
import { useDraftCheck } from './useCheck';
import { ImportButton } from './ImportButton';
import { downloadBlob } from '../downloadBlob';

/** The file's text as exported: the gate's technique (defaults filled), so it reads back equal. */
export const exportText = (t: unknown) => `${JSON.stringify(t, null, 2)}\n`;

function download(name: string, text: string) {
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
}

/** Save the draft (errors or not), export or finish (only without errors), import, leave. */
export function Actions() {
  const { t } = useTranslation();
  const check = useDraftCheck();
  const [said, setSaid] = useState('');
  const blocked = check.valid === undefined;
  // Through the editor store: a draft with errors is kept under `draft:<id>`, one without errors
  // becomes one of my techniques (src/state/editor/drafts.ts).
  const save = async () => {
    const r = await useEditorStore.getState().saveDraft();
    if (!r) return;
    setSaid(t(!r.saved ? 'editor.actions.notSaved' : r.draft ? 'editor.actions.saved' : 'editor.actions.finished'));
  };
  return (
    <section className="panel ed-actions">
      <div className="buttons">
        <button type="button" onClick={() => void save()} data-testid="editor-save">
          {t('editor.actions.save')}
        </button>
        <button type="button" disabled={blocked} onClick={() => check.valid && download(`${check.valid.id}.json`, exportText(check.valid))} data-testid="editor-export" aria-describedby={blocked ? 'ed-export-why' : undefined}>
          {t('editor.actions.export')}
        </button>
        <button type="button" disabled={blocked} onClick={() => void save()} data-testid="editor-finish">
          {t('editor.actions.finish')}
        </button>
        <button type="button" onClick={() => useDraft.getState().close()} data-testid="editor-leave">
          {t('editor.actions.leave')}
        </button>
      </div>
      {blocked && (
        <p className="muted" id="ed-export-why">
          {t('editor.actions.exportBlocked')}
        </p>
      )}
      <ImportButton />
      <p role="status" className="muted">
        {said}
      </p>
    </section>
  );
}
