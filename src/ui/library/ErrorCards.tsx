import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../domain/technique/diagnostics';

/** Groups problems by file: one card per broken file, each problem with its JSON path. */
export function ErrorCards({ errors, testId }: { errors: readonly Diagnostic[]; testId: string }) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of errors) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  return (
    <div className="error-cards" data-testid={testId}>
      {[...byFile].map(([file, list]) => (
        <section key={file} className="error-card" role="alert">
          <h4>{t('library.brokenFile', { file })}</h4>
          <ul>
            {list.slice(0, 8).map((d, i) => (
              <li key={i}>
                {d.line !== undefined ? (
                  <code>
                    {d.line}:{d.column ?? 1}
                  </code>
                ) : d.path ? (
                  <code>{d.path}</code>
                ) : null}{' '}
                {d.message}
              </li>
            ))}
          </ul>
          {list.length > 8 && <p className="muted">{t('library.moreProblems', { count: list.length - 8 })}</p>}
        </section>
      ))}
    </div>
  );
}
