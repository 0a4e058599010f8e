import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadLibrary } from '../../data/library';
import { useLocalized } from '../../i18n/useLocalized';
import { useUserTechniques } from '../../state/userTechniques';
import { useViewer } from '../../state/store';
import { copyId, copyTitle, DRAFT_KEY_PREFIX } from '../../state/userTechniques';
import { deleteDraft, loadDrafts, saveTechnique, type StoredDraft } from '../../state/editor/drafts';
import type { LocalizedText, Technique } from '../../domain/technique/schema';
import { useDraft } from './draftStore';
import { ImportButton } from './ImportButton';

/** A stored draft as a technique (it has errors: read as it was saved, not through the gate). */
const asTechnique = (d: StoredDraft) => d.technique as Technique;
const titleOf = (d: StoredDraft): Partial<LocalizedText> => {
  const ti = (d.technique as { title?: unknown }).title;
  return ti && typeof ti === 'object' ? (ti as Partial<LocalizedText>) : {};
};

/** Start: a new technique, a copy of any technique, one of my drafts or my techniques. */
export function StartPanel() {
  const { t, i18n } = useTranslation();
  const loc = useLocalized();
  const [drafts, setDrafts] = useState<StoredDraft[]>([]);
  const reload = useCallback(() => void loadDrafts().then(setDrafts), []);
  const mine = useUserTechniques((s) => s.entries);
  const user = useViewer((s) => s.userTechniques);
  const all = [...loadLibrary().techniques, ...user];
  const [from, setFrom] = useState(() => useViewer.getState().techniqueId ?? all[0]?.id ?? '');
  useEffect(() => {
    reload();
    void useUserTechniques.getState().load();
  }, [reload]);
  const taken = () => new Set([...all.map((x) => x.id), ...drafts.map((d) => d.key.slice(DRAFT_KEY_PREFIX.length))]);
  const titleText = (d: StoredDraft) => loc({ en: titleOf(d).en ?? '', ru: titleOf(d).ru ?? '' }) || d.key.slice(DRAFT_KEY_PREFIX.length);
  const startNew = () => {
    const ids = taken();
    useDraft.getState().start(null, { takenIds: ids });
  };
  const copy = () => {
    const src = all.find((x) => x.id === from);
    if (!src) return;
    const c: Technique = { ...structuredClone(src), id: copyId(src.id, taken()), title: copyTitle(src.title, 1) };
    useDraft.getState().start(c, { mine: true });
  };
  const rename = (key: string) => {
    const d = drafts.find((x) => x.key === key);
    if (!d) return;
    const name = window.prompt(t('editor.start.renameLabel', { title: titleText(d) }), titleText(d));
    if (!name) return;
    const lang = i18n.language === 'ru' ? 'ru' : 'en';
    const tech = asTechnique(d);
    void saveTechnique({ ...tech, title: { ...tech.title, [lang]: name } }).then(reload);
  };
  return (
    <div className="ed-start" data-testid="editor-start">
      <section className="panel">
        <h3>{t('editor.start.heading')}</h3>
        <div className="buttons">
          <button type="button" onClick={startNew} data-testid="editor-new">
            {t('editor.start.new')}
          </button>
        </div>
        <div className="ed-add">
          <label>
            <span>{t('editor.start.copyFrom')}</span>
            <select value={from} onChange={(e) => setFrom(e.target.value)} data-testid="editor-copy-from">
              {all.map((x) => (
                <option key={x.id} value={x.id}>
                  {loc(x.title)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={copy} data-testid="editor-copy">
            {t('editor.start.copy')}
          </button>
        </div>
        <ImportButton />
      </section>
      <section className="panel" aria-labelledby="ed-drafts-h">
        <h3 id="ed-drafts-h">{t('editor.start.drafts')}</h3>
        {drafts.length === 0 && <p className="muted">{t('editor.start.noDrafts')}</p>}
        <ul className="ed-list" data-testid="draft-list">
          {drafts.map((d) => (
            <li key={d.key}>
              <span>{titleText(d)}</span>
              <button type="button" className="small" onClick={() => useDraft.getState().start(asTechnique(d), { mine: true })} data-testid={`draft-edit-${d.key}`}>
                {t('editor.start.edit')}
              </button>
              <button type="button" className="small" onClick={() => rename(d.key)} aria-label={t('editor.start.renameLabel', { title: titleText(d) })}>
                {t('editor.start.rename')}
              </button>
              <button type="button" className="small" onClick={() => void deleteDraft(d.key).then(reload)} aria-label={t('editor.start.deleteLabel', { title: titleText(d) })} data-testid={`draft-delete-${d.key}`}>
                {t('editor.start.delete')}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {mine.length > 0 && (
        <section className="panel" aria-labelledby="ed-mine-h">
          <h3 id="ed-mine-h">{t('editor.start.mine')}</h3>
          <ul className="ed-list">
            {mine.map((e) => (
              <li key={e.technique.id}>
                <span>{loc(e.technique.title)}</span>
                <button type="button" className="small" onClick={() => useDraft.getState().start(e.technique, { mine: true })} data-testid={`mine-edit-${e.technique.id}`}>
                  {t('editor.start.edit')}
                </button>
                <button type="button" className="small" onClick={() => void useUserTechniques.getState().remove(e.technique.id)} aria-label={t('editor.start.deleteLabel', { title: loc(e.technique.title) })}>
                  {t('editor.start.delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
