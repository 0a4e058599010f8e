/**
 * A compact list of published sources: each cited in the current language, a link when the source
 * has a URL or a DOI. When an item has no published source (a rule of Handpath's own, whose
 * provenance is kept in the data file but never shown), it says so instead of listing none.
 *
 * Props: `ids` (references into `sources`), `sources` (a data file's source table), optional
 * `label` (defaults to "Sources").
 */
import { useTranslation } from 'react-i18next';
import { sourceLink, type SafetySource } from '../../domain/safety';
import { useLocalized } from '../../i18n/useLocalized';

export interface SourceListProps {
  ids: readonly string[];
  sources: readonly SafetySource[];
  label?: string;
}

export function SourceList({ ids, sources, label }: SourceListProps) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const list = ids.map((id) => sources.find((s) => s.id === id)).filter((s): s is SafetySource => s !== undefined);
  if (list.length === 0) {
    return (
      <div className="hp-sources" data-testid="source-own-rule">
        <span className="hp-sources-label">{label ?? t('safetyCommon.sources')}:</span> {t('safetyCommon.ownRule')}
      </div>
    );
  }
  return (
    <div className="hp-sources">
      <span className="hp-sources-label">{label ?? t('safetyCommon.sources')}:</span>
      <ul>
        {list.map((s) => {
          const href = sourceLink(s);
          return (
            <li key={s.id} data-testid="source">
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer">
                  {loc(s.title)}
                  {s.doi && <> doi:{s.doi}</>}
                  <span className="sr-only"> {t('safetyCommon.opensNewTab')}</span>
                </a>
              ) : (
                loc(s.title)
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
