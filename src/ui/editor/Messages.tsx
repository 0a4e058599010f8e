import { useTranslation } from 'react-i18next';
import type { Diagnostic } from '../../domain/technique/diagnostics';
import { teacherMessage } from '../../state/editor/teacherMessage';

/** Errors and warnings at a field, in words (the gate's own message). */
export function FieldMessages({ list, id }: { list: readonly Diagnostic[]; id?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  if (list.length === 0) return null;
  return (
    <ul className="ed-msgs" id={id}>
      {list.map((d, i) => (
        <li key={i} className={`ed-msg ${d.severity}`} data-testid={`msg-${d.severity}`}>
          <strong>{t(`editor.msg.${d.severity}`)}:</strong> {teacherMessage(d, lang)}
        </li>
      ))}
    </ul>
  );
}
