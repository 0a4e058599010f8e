import { useTranslation } from 'react-i18next';
import { AUDIENCE_LEVELS, MASSAGE_TYPES, POSITIONS, type LocalizedText } from '../../domain/technique/schema';
import { PRECAUTION_IDS } from '../../domain/safety/ids';
import { getPrecaution } from '../../domain/safety/load';
import { useLocalized } from '../../i18n/useLocalized';
import { useDraft } from './draftStore';
import { TextPair } from './TextPair';
import { Segmented } from './Segmented';
import { NumberField } from './NumberField';
import { FieldMessages } from './Messages';
import { messagesAt, useDraftCheck } from './useCheck';

/** The technique's own fields: title, summary, type, audience, length, position, precautions. */
export function MetaForm() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const tq = useDraft((s) => s.technique);
  const check = useDraftCheck();
  if (!tq) return null;
  const set = (k: string, v: unknown) => useDraft.getState().set([k], v);
  const f = (k: string) => t(`editor.field.${k}`);
  const precautions = tq.precautions ?? [];
  return (
    <details className="panel ed-meta">
      <summary>
        <h3>{t('editor.meta.heading')}</h3>
        {messagesAt(check, ['title']).length + messagesAt(check, ['precautions']).length > 0 && <span className="ed-bad"> ⚠</span>}
      </summary>
      <TextPair label={f('title')} value={tq.title} onChange={(v: LocalizedText) => set('title', v)} testId="field-title" />
      <FieldMessages list={messagesAt(check, ['title'])} />
      <TextPair label={f('summary')} value={tq.summary} onChange={(v: LocalizedText) => set('summary', v)} testId="field-summary" multiline />
      <FieldMessages list={messagesAt(check, ['summary'])} />
      <label className="ed-field">
        <span>{f('id')}</span>
        <input type="text" value={tq.id} onChange={(e) => set('id', e.target.value)} data-testid="field-id" />
      </label>
      <FieldMessages list={messagesAt(check, ['id'])} />
      <Segmented label={f('type')} value={tq.type} options={MASSAGE_TYPES} onChange={(v) => set('type', v)} testId="field-type" />
      <Segmented label={f('level')} value={tq.level} options={AUDIENCE_LEVELS} onChange={(v) => set('level', v)} testId="field-level" />
      <Segmented label={f('position')} value={tq.position} options={POSITIONS} onChange={(v) => set('position', v)} testId="field-position" />
      <NumberField label={f('duration_min')} value={tq.duration_min} min={0} max={180} int={false} unit="min" onChange={(v) => set('duration_min', v)} testId="field-duration_min" />
      <fieldset className="ed-field">
        <legend>{f('precautions')}</legend>
        {PRECAUTION_IDS.map((id) => (
          <label key={id} className="ed-check">
            <input
              type="checkbox"
              checked={precautions.includes(id)}
              onChange={(e) => set('precautions', e.target.checked ? [...precautions, id] : precautions.filter((p) => p !== id))}
              data-testid={`precaution-${id}`}
            />{' '}
            {loc(getPrecaution(id)?.title) || id}
          </label>
        ))}
      </fieldset>
      <FieldMessages list={messagesAt(check, ['precautions'])} />
      <FieldMessages list={check.errors.filter((d) => d.path === '').concat(check.warnings.filter((d) => d.path === ''))} />
    </details>
  );
}
