import { useTranslation } from 'react-i18next';
import { MASSAGE_TYPES, type Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { useViewer } from '../../state/store';
import { loadLibrary } from '../../data/library';
import { ErrorCards } from './ErrorCards';
import { OpenTechniqueFile } from './OpenTechniqueFile';

/** Techniques grouped by massage type, with duration and level; broken files as error cards. */
export function TechniqueChooser({ filter }: { filter?: (t: Technique) => boolean }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const selected = useViewer((s) => s.techniqueId);
  const user = useViewer((s) => s.userTechniques);
  const library = loadLibrary();
  const all = [...library.techniques, ...user];
  const shown = filter ? all.filter(filter) : all;
  const groups = [...MASSAGE_TYPES, ...new Set(shown.map((x) => x.type))]
    .filter((type, i, arr) => arr.indexOf(type) === i)
    .map((type) => ({ type, items: shown.filter((x) => x.type === type) }))
    .filter((g) => g.items.length > 0);

  return (
    <nav className="panel chooser" aria-label={t('library.label')}>
      <h2 className="panel-title">{t('library.label')}</h2>
      {groups.map((g) => (
        <section key={g.type} className="group">
          <h3>{t(`library.type.${g.type}`, { defaultValue: g.type })}</h3>
          <ul>
            {g.items.map((x) => (
              <li key={x.id}>
                <button
                  className={`technique${selected === x.id ? ' on' : ''}`}
                  aria-current={selected === x.id ? 'true' : undefined}
                  onClick={() => {
                    const st = useViewer.getState();
                    st.selectTechnique(x.id);
                    st.setView(x.regions.includes('thoracic') ? 'posterior' : 'lumbosacral');
                  }}
                  data-testid={`technique-${x.id}`}
                >
                  <span className="t-title">{loc(x.title)}</span>
                  <span className="t-meta">
                    {t('library.minutes', { count: x.duration_min })} · {t(`library.level.${x.level}`)}
                    {user.includes(x) ? ` · ${t('library.yourFile')}` : ''}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ErrorCards errors={library.errors} testId="library-errors" />
      <OpenTechniqueFile />
    </nav>
  );
}
