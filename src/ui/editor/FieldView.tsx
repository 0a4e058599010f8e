import { useTranslation } from 'react-i18next';
import type { AnatomicalPoint, LocalizedText, PathShape } from '../../domain/technique/schema';
import { defaultPath, pathFields, type FieldSpec } from '../../domain/authoring';
import { getIn, useDraft, type Path } from './draftStore';
import { Segmented } from './Segmented';
import { NumberField } from './NumberField';
import { TextPair } from './TextPair';
import { PointField } from './PointField';
import { FieldMessages } from './Messages';
import { messagesAt, useDraftCheck } from './useCheck';

const idOf = (p: Path) => `ed-${p.join('-')}`;
const strings = (o: readonly (string | number)[] | undefined) => (o ?? []).map(String);
const CONTAINERS: ReadonlySet<FieldSpec['kind']> = new Set(['object', 'path', 'points', 'point', 'localized-list', 'list']);

/**
 * One field of a step's form, made from the authoring domain's FieldSpec (moveFields / pathFields);
 * `path` is the field's path in the technique.
 */
export function FieldView({ spec, path }: { spec: FieldSpec; path: Path }) {
  const { t } = useTranslation();
  const value = useDraft((s) => getIn(s.technique, path));
  const check = useDraftCheck();
  const label = t(`editor.field.${spec.key}`, { defaultValue: spec.key });
  const set = (v: unknown) => useDraft.getState().set(path, v);
  const testId = `field-${path.slice(2).join('.')}`;
  // Messages of a container are shown inside it, at its own fields.
  const own = CONTAINERS.has(spec.kind) ? [] : messagesAt(check, path);
  const msgId = own.length ? `${idOf(path)}-msg` : undefined;
  const invalid = own.some((m) => m.severity === 'error');
  let body: React.ReactNode = null;
  switch (spec.kind) {
    case 'enum':
      body = <Segmented label={label} value={value === undefined ? undefined : String(value)} options={strings(spec.options)} optional={!spec.required} onChange={set} testId={testId} describedBy={msgId} />;
      break;
    case 'number':
    case 'integer':
      body = <NumberField label={label} value={value as number | undefined} min={spec.min} max={spec.max} int={spec.kind === 'integer'} unit={spec.unit ?? ''} onChange={set} testId={testId} describedBy={msgId} invalid={invalid} />;
      break;
    case 'boolean':
      body = (
        <label className="ed-field ed-check">
          <input type="checkbox" checked={!!value} onChange={(e) => set(e.target.checked)} data-testid={testId} /> {label}
        </label>
      );
      break;
    case 'text':
      body = (
        <label className="ed-field">
          <span>{label}</span>
          <input type="text" value={typeof value === 'string' ? value : ''} onChange={(e) => set(e.target.value === '' && !spec.required ? undefined : e.target.value)} data-testid={testId} aria-describedby={msgId} />
        </label>
      );
      break;
    case 'localized':
      body = <TextPair label={label} value={value as LocalizedText | undefined} onChange={set} testId={testId} />;
      break;
    case 'localized-list': {
      const list = (Array.isArray(value) ? value : []) as LocalizedText[];
      return (
        <fieldset className="ed-field ed-object">
          <legend>{label}</legend>
          {list.map((c, k) => (
            <div key={k} className="ed-fieldwrap">
              <TextPair label={`${label} ${k + 1}`} value={c} onChange={(v) => set(list.map((x, j) => (j === k ? v : x)))} testId={`${testId}.${k}`} />
              <button type="button" className="small" onClick={() => set(list.length > 1 ? list.filter((_, j) => j !== k) : undefined)} data-testid={`${testId}.${k}-remove`}>
                {t('editor.form.removeItem')}
              </button>
            </div>
          ))}
          {(spec.maxItems === undefined || list.length < spec.maxItems) && (
            <button type="button" className="small" onClick={() => set([...list, { en: '', ru: '' }])} data-testid={`${testId}-add`}>
              {t('editor.form.addItem')}
            </button>
          )}
          <FieldMessages list={messagesAt(check, path, true)} />
        </fieldset>
      );
    }
    case 'point':
      return <PointField label={label} path={path.slice(2)} point={value as AnatomicalPoint | undefined} testId={testId} />;
    case 'points': {
      const list = (Array.isArray(value) ? value : []) as AnatomicalPoint[];
      const min = spec.minItems ?? 1;
      const max = spec.maxItems ?? 32;
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
              onRemove={list.length > min ? () => set(list.filter((_, k) => k !== i)) : undefined}
            />
          ))}
          {list.length < max && list.length > 0 && (
            <button type="button" className="small" onClick={() => set([...list, structuredClone(list[list.length - 1])])} data-testid={`${testId}-add`}>
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
          {(spec.children ?? []).map((f) => (
            <FieldView key={f.key} spec={f} path={[...path, f.key]} />
          ))}
          <FieldMessages list={messagesAt(check, path, true)} />
        </fieldset>
      );
    case 'path': {
      const shapes = spec.shapes ?? [];
      const cur = (value as { shape?: PathShape } | undefined)?.shape;
      return (
        <fieldset className="ed-field ed-object">
          <legend>{label}</legend>
          <Segmented
            label={t('editor.field.shape')}
            value={cur}
            options={shapes}
            onChange={(v) => v && v !== cur && set(defaultPath(v as PathShape))}
            testId={`${testId}.shape`}
          />
          {cur &&
            shapes.includes(cur) &&
            pathFields(cur)
              .filter((f) => f.key !== 'shape')
              .map((f) => <FieldView key={`${cur}-${f.key}`} spec={f} path={[...path, f.key]} />)}
          <FieldMessages list={messagesAt(check, path, true)} />
        </fieldset>
      );
    }
    case 'enum-list':
    case 'list':
      // Not in any step's schema today (technique-level only: MetaForm); shown read-only if one appears.
      body = (
        <p className="ed-field" data-testid={testId}>
          {label}: {JSON.stringify(value ?? null)}
        </p>
      );
      break;
  }
  return (
    <div className="ed-fieldwrap">
      {body}
      <FieldMessages list={own} {...(msgId ? { id: msgId } : {})} />
    </div>
  );
}
