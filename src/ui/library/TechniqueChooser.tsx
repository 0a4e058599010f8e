import { useTranslation } from 'react-i18next';
import { MASSAGE_TYPES, type Technique } from '../../domain/technique/schema';
import { loadLibrary } from '../../data/library';
import { ErrorBoundary } from '../ErrorBoundary';
import { ErrorCards } from './ErrorCards';
import { MyTechniques } from './MyTechniques';
import { OpenTechniqueFile } from './OpenTechniqueFile';
import { TechniqueButton } from './TechniqueButton';

/**
 * The library grouped by massage type, with duration and level; broken library files as error
 * cards; then "My techniques" (files the user opened, kept in this browser) and "Open a file".
 */
export function TechniqueChooser({ filter }: { filter?: (t: Technique) => boolean }) {
  const { t } = useTranslation();
  const library = loadLibrary();
  const shown = filter ? library.techniques.filter(filter) : library.techniques;
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
                <TechniqueButton technique={x} />
              </li>
            ))}
          </ul>
        </section>
      ))}
      <ErrorCards errors={library.errors} testId="library-errors" />
      <ErrorBoundary part="myTechniques">
        <MyTechniques {...(filter ? { filter } : {})} />
      </ErrorBoundary>
      <OpenTechniqueFile />
    </nav>
  );
}
