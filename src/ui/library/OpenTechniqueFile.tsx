import { useEffect, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import { useViewer } from '../../state/store';
import { MAX_USER_FILE_BYTES, useUserTechniques } from '../../state/userTechniques';
import { ErrorCards } from './ErrorCards';
import { chooseTechnique } from './chooseTechnique';

export { MAX_USER_FILE_BYTES };

/**
 * Open or drop your own technique JSON: validated by the same gate as the library, kept in this
 * browser under "My techniques" (as a named copy when its id is taken), and shown at once.
 */
export function OpenTechniqueFile() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  const [copied, setCopied] = useState<{ id: string; copy: string } | null>(null);
  const errors = useViewer((s) => s.userFileErrors);
  const saveProblem = useUserTechniques((s) => s.saveProblem);
  const entries = useUserTechniques((s) => s.entries);
  const copiedTitle = copied
    ? entries.find((e) => e.technique.id === copied.copy)?.technique.title
    : undefined;
  // A message about the file just opened is brought into view (the list above it may be long).
  const notes = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (copied || saveProblem) notes.current?.scrollIntoView?.({ block: 'nearest' });
  }, [copied, saveProblem]);

  const load = async (file: File) => {
    const { setUserFileErrors } = useViewer.getState();
    setCopied(null);
    if (file.size > MAX_USER_FILE_BYTES) {
      setUserFileErrors([
        {
          file: file.name,
          path: '',
          severity: 'error',
          code: 'too-large',
          message: t('library.tooLarge', {
            kib: Math.round(file.size / 1024),
            max: MAX_USER_FILE_BYTES / 1024,
          }),
        },
      ]);
      return;
    }
    const r = await useUserTechniques.getState().open(await file.text(), file.name);
    if (!r.ok) {
      setUserFileErrors(r.errors);
      return;
    }
    setUserFileErrors([]);
    if (r.copyOf) setCopied({ id: r.copyOf, copy: r.id });
    const entry = useUserTechniques.getState().entries.find((e) => e.technique.id === r.id);
    if (entry) chooseTechnique(entry.technique);
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
      <div ref={notes} className="dropzone-notes">
        {copied && copiedTitle && (
          <p className="note" role="status" data-testid="user-file-copied">
            {t('persist.openedCopy', { title: loc(copiedTitle), id: copied.id, copy: copied.copy })}
          </p>
        )}
        {saveProblem && (
          <div className="storage-problem" role="alert" data-testid="user-file-storage">
            <p>
              {t(`persist.storage.${saveProblem.kind}.technique`, {
                title: loc(saveProblem.title),
              })}
            </p>
            <button type="button" onClick={() => useUserTechniques.getState().dismissSaveProblem()}>
              {t('persist.dismiss')}
            </button>
          </div>
        )}
      </div>
      <ErrorCards errors={errors} testId="user-file-errors" />
    </div>
  );
}
