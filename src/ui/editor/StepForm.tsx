import { useTranslation } from 'react-i18next';
import { MOVES, type MoveName } from '../../domain/technique/schema';
import { moveFields } from '../../domain/authoring';
import { useDraft } from './draftStore';
import { FieldView } from './FieldView';
import { Segmented } from './Segmented';
import { FieldMessages } from './Messages';
import { messagesAt, useDraftCheck } from './useCheck';

/** The form of the selected step: choosing a move shows exactly that move's fields. */
export function StepForm() {
  const { t } = useTranslation();
  const i = useDraft((s) => s.selectedStep);
  const move = useDraft((s) => s.technique?.steps[i]?.move);
  const check = useDraftCheck();
  const snapped = useDraft((s) => s.snapped);
  if (!move) return null;
  const changeMove = (m: string | undefined) => {
    if (!m || m === move) return;
    useDraft.getState().changeMove(i, m as MoveName);
  };
  return (
    <section className="panel ed-form" aria-labelledby="ed-form-h" data-testid="step-form">
      <h3 id="ed-form-h">{t('editor.form.heading', { n: i + 1 })}</h3>
      <p className="muted">{t('editor.place.hint')}</p>
      <p role="status" className="ed-snap" data-testid="snap-status">
        {snapped ? t('editor.place.snap', { to: snapped }) : ''}
      </p>
      <Segmented label={t('editor.field.move')} value={move} options={MOVES} onChange={changeMove} testId="field-move" />
      {moveFields(move)
        .filter((f) => f.key !== 'move')
        .map((f) => (
        <FieldView key={`${move}-${f.key}`} spec={f} path={['steps', i, f.key]} />
      ))}
      <FieldMessages list={messagesAt(check, ['steps', i], true)} />
    </section>
  );
}
