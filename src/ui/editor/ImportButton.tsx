import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDraft } from './draftStore';
import { importText } from './importText';

/** Import a .json file into the studio (checked by the gate; a file with errors opens as a draft). */
export function ImportButton() {
  const { t } = useTranslation();
  const id = useId();
  const [error, setError] = useState('');
  return (
    <div className="ed-import">
      <label htmlFor={id} className="button-like">
        {t('editor.start.import')}
      </label>
      <input
        id={id}
        type="file"
        accept=".json,application/json"
        className="sr-only"
        data-testid="editor-import"
        onChange={async (e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (!file) return;
          const r = importText(await file.text(), file.name);
          if (r.technique) {
            setError('');
            useDraft.getState().start(r.technique, { mine: true });
          } else setError(r.error ?? '');
        }}
      />
      {error && (
        <p className="ed-msg error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
