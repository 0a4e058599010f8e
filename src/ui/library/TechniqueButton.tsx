import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { useViewer } from '../../state/store';
import { chooseTechnique } from './chooseTechnique';

/** One technique of a list: title, duration and level; pressed when it is the one shown. */
export function TechniqueButton({ technique: x, extra }: { technique: Technique; extra?: ReactNode }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const selected = useViewer((s) => s.techniqueId === x.id);
  return (
    <button
      className={`technique${selected ? ' on' : ''}`}
      aria-current={selected ? 'true' : undefined}
      onClick={() => chooseTechnique(x)}
      data-testid={`technique-${x.id}`}
    >
      <span className="t-title">{loc(x.title)}</span>
      <span className="t-meta">
        {t('library.minutes', { count: x.duration_min })} · {t(`library.level.${x.level}`)}
        {extra}
      </span>
    </button>
  );
}
