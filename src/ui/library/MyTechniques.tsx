import { useTranslation } from 'react-i18next';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { useUserTechniques } from '../../state/userTechniques';
import { ErrorCards } from './ErrorCards';
import { TechniqueButton } from './TechniqueButton';

/**
 * "My techniques": the files the user opened, kept in this browser, each removable. Stored
 * entries that no longer pass the gate are error cards with their own "remove" button.
 */
export function MyTechniques({ filter }: { filter?: (t: Technique) => boolean }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const entries = useUserTechniques((s) => s.entries);
  const broken = useUserTechniques((s) => s.broken);
  const status = useUserTechniques((s) => s.status);
  const remove = useUserTechniques((s) => s.remove);
  const shown = filter ? entries.filter((e) => filter(e.technique)) : entries;
  if (entries.length === 0 && broken.length === 0 && status !== 'unavailable') return null;
  return (
    <section className="group my-techniques" data-testid="my-techniques">
      <h3>{t('persist.myTechniques')}</h3>
      <p className="muted kept">{t('persist.keptHere')}</p>
      {status === 'unavailable' && (
        <p className="muted" role="note" data-testid="my-techniques-unavailable">
          {t('persist.storage.stored')}
        </p>
      )}
      <ul>
        {shown.map((e) => (
          <li key={e.technique.id} className="my-technique">
            <TechniqueButton
              technique={e.technique}
              extra={
                <>
                  {' · '}
                  {t('persist.fromFile', { file: e.fileName })}
                  {e.copyOf ? ` · ${t('persist.copyOf', { id: e.copyOf })}` : ''}
                </>
              }
            />
            <button
              type="button"
              className="remove"
              onClick={() => void remove(e.technique.id)}
              aria-label={t('persist.removeLabel', { title: loc(e.technique.title) })}
              data-testid={`remove-${e.technique.id}`}
            >
              {t('persist.remove')}
            </button>
          </li>
        ))}
      </ul>
      {broken.map((b) => (
        <div key={b.key} className="my-broken">
          <ErrorCards errors={b.errors} testId={`stored-errors-${b.key}`} />
          <button type="button" onClick={() => void remove(b.key)} data-testid={`remove-stored-${b.key}`}>
            {t('persist.removeBroken')}
          </button>
        </div>
      ))}
    </section>
  );
}
