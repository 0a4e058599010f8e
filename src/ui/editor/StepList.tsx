import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MOVES, type MoveName } from '../../domain/technique/schema';
import { useDraft } from './draftStore';
import { messagesAt, useDraftCheck } from './useCheck';
import { useLocalized } from '../../i18n/useLocalized';

/** The steps: select, add, duplicate, delete, reorder by drag or Alt+↑ / Alt+↓. */
export function StepList() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const steps = useDraft((s) => s.technique?.steps ?? []);
  const sel = useDraft((s) => s.selectedStep);
  const check = useDraftCheck();
  const [addMove, setAddMove] = useState<MoveName>('rub');
  const [said, setSaid] = useState('');
  const drag = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);
  const moveName = (m: string) => t(`illustration.move.${m}`, { defaultValue: m });
  const focusStep = (i: number) => requestAnimationFrame(() => list.current?.querySelector<HTMLElement>(`[data-step="${i}"]`)?.focus());
  const move = (from: number, to: number) => {
    if (to < 0 || to >= steps.length) return;
    useDraft.getState().moveStep(from, to);
    setSaid(t('editor.steps.moved', { n: to + 1 }));
    focusStep(to);
  };
  return (
    <section className="panel ed-steps" aria-labelledby="ed-steps-h">
      <h3 id="ed-steps-h">{t('editor.steps.heading')}</h3>
      <p className="muted" id="ed-steps-hint">{t('editor.steps.hint')}</p>
      <ol ref={list} data-testid="step-list">
        {steps.map((s, i) => {
          const n = messagesAt(check, ['steps', i]).filter((d) => d.severity === 'error').length;
          return (
            <li
              key={i}
              className={i === sel ? 'on' : ''}
              draggable
              onDragStart={(e) => {
                drag.current = i;
                e.dataTransfer.effectAllowed = 'move';
              }}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => {
                e.preventDefault();
                if (drag.current !== null) move(drag.current, i);
                drag.current = null;
              }}
              data-testid={`step-${i}`}
            >
              <button
                type="button"
                className="ed-step"
                data-step={i}
                aria-current={i === sel ? 'step' : undefined}
                aria-describedby="ed-steps-hint"
                onClick={() => useDraft.getState().selectStep(i)}
                onKeyDown={(e) => {
                  if (!e.altKey || (e.key !== 'ArrowUp' && e.key !== 'ArrowDown')) return;
                  e.preventDefault();
                  move(i, e.key === 'ArrowUp' ? i - 1 : i + 1);
                }}
              >
                {t('editor.steps.step', { n: i + 1, move: moveName(s.move) })}
                {s.caption?.en || s.caption?.ru ? <span className="muted"> · {loc(s.caption)}</span> : null}
                {n > 0 && <span className="ed-bad"> · {t('editor.steps.errors', { count: n })}</span>}
              </button>
              <span className="ed-step-tools">
                <button type="button" className="small" onClick={() => move(i, i - 1)} disabled={i === 0} aria-label={`${t('editor.steps.up')} (${i + 1})`}>
                  ↑
                </button>
                <button type="button" className="small" onClick={() => move(i, i + 1)} disabled={i === steps.length - 1} aria-label={`${t('editor.steps.down')} (${i + 1})`}>
                  ↓
                </button>
                <button type="button" className="small" onClick={() => useDraft.getState().duplicateStep(i)} data-testid={`step-${i}-duplicate`}>
                  {t('editor.steps.duplicate')}
                </button>
                <button type="button" className="small" onClick={() => useDraft.getState().deleteStep(i)} disabled={steps.length <= 1} data-testid={`step-${i}-delete`}>
                  {t('editor.steps.delete')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="sr-only" role="status">
        {said}
      </p>
      <div className="ed-add">
        <label>
          <span>{t('editor.steps.addMove')}</span>
          <select value={addMove} onChange={(e) => setAddMove(e.target.value as MoveName)} data-testid="add-move">
            {MOVES.map((m) => (
              <option key={m} value={m}>
                {moveName(m)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => useDraft.getState().addStep(addMove)} data-testid="add-step">
          {t('editor.steps.add')}
        </button>
      </div>
    </section>
  );
}
