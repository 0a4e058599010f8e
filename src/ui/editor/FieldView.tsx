import { useTranslation } from 'react-i18next';
import type { AnatomicalPoint, LocalizedText } from '../../domain/technique/schema';
import { defaultPath, defaultPoint } from './model/defaults';
import type { FieldSpec } from './model/fields';
import { getIn, useDraft, type Path } from './draftStore';
import { Segmented } from './Segmented';
import { NumberField } from './NumberField';
import { TextPair } from './TextPair';
import { PointField } from './PointField';
import { FieldMessages } from './Messages';
import { messagesAt, useDraftCheck } from './useCheck';

const idOf = (p: Path) => `ed-${p.join('-')}`;

/** One field of a step's form, made from its spec; `path` is the field's path in the technique. */
export function FieldView({ spec, path }: { spec: FieldSpec; path: Path }) {
  const { t } = useTranslation();
  const value = useDraft((s) => getIn(s.technique, path));
  const check = useDraftCheck();
  const label = t(`editor.field.${spec.key}`, { defaultValue: spec.key });
  const set = (v: unknown) => useDraft.getState().set(path, v);
  const testId = `field-${path.slice(2).join('.')}`;
  // Messages of a container are shown inside it, at its own fields.
  const own = spec.kind === 'object' || spec.kind === 'union' || spec.kind === 'points' || spec.kind === 'point' ? [] : messagesAt(check, path);
  const msgId = own.length ? `${idOf(path)}-msg` : undefined;
  const invalid = own.some((m) => m.severity === 'error');
  let body: React.ReactNode = null;
  switch (spec.kind) {
    case 'enum':
      body = <Segmented label={label} value={value as string | undefined} options={spec.options} optional={spec.optional} onChange={set} testId={testId} describedBy={msgId} />;
      break;
    case 'number':
      body = <NumberField label={label} value={value as number | undefined} min={spec.min} max={spec.max} int={spec.int} unit={spec.unit} onChange={set} testId={testId} describedBy={msgId} invalid={invalid} />;
      break;
    case 'boolean':
      body = (
        <label className="ed-field ed-check">
          <input type="checkbox" checked={!!value} onChange={(e) => set(e.target.checked)} data-testid={testId} /> {label}
        </label>
      );
      break;
    case 'text':
      body = <TextPair label={label} value={value as LocalizedText | undefined} onChange={set} testId={testId} />;
      break;
    case 'point':
      return <PointField label={label} path={path.slice(2)} point={value as AnatomicalPoint | undefined} testId={testId} />;
    case 'points': {
      const list = (Array.isArray(value) ? value : []) as AnatomicalPoint[];
      return (
        <fieldset className="ed-field ed-points">
          <legend>{label}</legend>
          {list.map((p, i) => (
            <PointField
              key={i}
              label={`${t('editor.form.point')} ${i + 1}`}
              path={[...path.slice(2), i]}
              point={p}
              testId={`${testId}.${i}`}
              onRemove={list.length > spec.min ? () => set(list.filter((_, k) => k !== i)) : undefined}
            />
          ))}
          {list.length < spec.max && (
            <button type="button" className="small" onClick={() => set([...list, list[list.length - 1] ?? defaultPoint()])} data-testid={`${testId}-add`}>
              {t('editor.form.addPoint')}
            </button>
          )}
          <FieldMessages list={messagesAt(check, path, true)} />
        </fieldset>
      );
    }
    case 'object':
      return (
        <fieldset className="ed-field ed-object">
          <legend>{label}</legend>
          {spec.fields.map((f) => (
            <FieldView key={f.key} spec={f} path={[...path, f.key]} />
          ))}
          <FieldMessages list={messagesAt(check, path, true)} />
        </fieldset>
      );
    case 'union': {
      const cur = (value as Record<string, unknown> | undefined)?.[spec.discriminator] as string | undefined;
      const opt = spec.options.find((o) => o.value === cur);
      return (
        <fieldset className="ed-field ed-object">
          <legend>{label}</legend>
          <Segmented
            label={t(`editor.field.${spec.discriminator}`, { defaultValue: spec.discriminator })}
            value={cur}
            options={spec.options.map((o) => o.value)}
            onChange={(v) => v && v !== cur && set(defaultPath(v))}
            testId={`${testId}.${spec.discriminator}`}
          />
          {opt?.fields.map((f) => (
            <FieldView key={`${cur}-${f.key}`} spec={f} path={[...path, f.key]} />
          ))}
          <FieldMessages list={messagesAt(check, path, true)} />
        </fieldset>
      );
    }
  }
  return (
    <div className="ed-fieldwrap">
      {body}
      <FieldMessages list={own} {...(msgId ? { id: msgId } : {})} />
    </div>
  );
}
