import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { checkTechniqueText } from '../../domain/technique/check';
import { useViewer } from '../../state/store';
import { ErrorCards } from './ErrorCards';

/** Largest technique file a user may open (text is parsed as JSON, never executed). */
export const MAX_USER_FILE_BYTES = 256 * 1024;

/** Open or drop your own technique JSON: validated by the same gate as the library. */
export function OpenTechniqueFile() {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const errors = useViewer((s) => s.userFileErrors);

  const load = async (file: File) => {
    const { addUserTechnique, setUserFileErrors, selectTechnique } = useViewer.getState();
    if (file.size > MAX_USER_FILE_BYTES) {
      setUserFileErrors([
        {
          file: file.name,
          path: '',
          severity: 'error',
          code: 'too-large',
          message: t('library.tooLarge', { kib: Math.round(file.size / 1024), max: MAX_USER_FILE_BYTES / 1024 }),
        },
      ]);
      return;
    }
    const r = checkTechniqueText(await file.text(), file.name, MAX_USER_FILE_BYTES);
    if (r.technique) {
      addUserTechnique(r.technique);
      selectTechnique(r.technique.id);
    } else {
      setUserFileErrors(r.diagnostics.filter((d) => d.severity === 'error'));
    }
  };

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const f = e.dataTransfer.files[0];
    if (f) void load(f);
  };

  return (
    <div
      className={`dropzone${over ? ' over' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <button onClick={() => input.current?.click()} data-testid="open-file">
        {t('library.openFile')}
      </button>
      <span className="muted">{t('library.dropHint')}</span>
      <input
        ref={input}
        type="file"
        accept="application/json,.json"
        hidden
        data-testid="file-input"
        onChange={(e) => {
          const f = e.target.files?.[0];
          if (f) void load(f);
          e.target.value = '';
        }}
      />
      <ErrorCards errors={errors} testId="user-file-errors" />
    </div>
  );
}
