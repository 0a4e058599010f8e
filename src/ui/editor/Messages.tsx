import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../domain/technique/diagnostics';

/** Errors and warnings at a field, in words (the gate's own message). */
export function FieldMessages({ list, id }: { list: readonly Diagnostic[]; id?: string }) {
  const { t } = useTranslation();
  if (list.length === 0) return null;
  return (
    <ul className="ed-msgs" id={id}>
      {list.map((d, i) => (
        <li key={i} className={`ed-msg ${d.severity}`} data-testid={`msg-${d.severity}`}>
          <strong>{t(`editor.msg.${d.severity}`)}:</strong> {d.message}
        </li>
      ))}
    </ul>
  );
}
