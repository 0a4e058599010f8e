/**
 * A compact list of sources: a link when the source has a URL, else its title.
 *
 * Props: `ids` (references into `sources`), `sources` (a data file's source table), optional
 * `label` (defaults to "Sources").
 */
import { useTranslation } from 'react-i18next';
import type { SafetySource } from '../../domain/safety';

export interface SourceListProps {
  ids: readonly string[];
  sources: readonly SafetySource[];
  label?: string;
}

export function SourceList({ ids, sources, label }: SourceListProps) {
  const { t } = useTranslation();
  const list = ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is SafetySource => s !== undefined);
  if (list.length === 0) return null;
  return (
    <div className="hp-sources">
      <span className="hp-sources-label">{label ?? t('safetyCommon.sources')}:</span>
      <ul>
        {list.map((s) => (
          <li key={s.id}>
            {s.url ? (
              <a href={s.url} target="_blank" rel="noopener noreferrer">
                {s.title}
                <span className="sr-only"> {t('safetyCommon.opensNewTab')}</span>
              </a>
            ) : (
              s.title
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
