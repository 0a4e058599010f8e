import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../../domain/technique/schema';
import { techniqueAtLength, TECHNIQUE_LENGTHS, type TechniqueLength } from '../../domain/technique/demo';
import { useViewer } from '../../state/store';
import { playback } from '../../state/playback';
import { Dialog } from '../safety/Dialog';
import { EXPORT_FPS, EXPORT_SIZES, planFrames, resolveRange, type ExportRange, type Orientation } from '../../export/plan';
import type { ExportProgress, ExportResult } from '../../export/exportVideo';
import { overlayTextOf } from './overlayText';
import { ExportProgressView } from './ExportProgress';
import { ExportOutcome } from './ExportOutcome';

type Phase = { kind: 'form' } | { kind: 'running'; progress: ExportProgress | null } | { kind: 'result'; result: ExportResult };

/**
 * Choose what to export (the technique, a step, a time range), demo or full, landscape or
 * portrait, frame rate and the burnt-in words; then a progress bar with the time left and
 * Cancel; then a download link, or a clear message (nothing is saved on a cancel or an error).
 */
export function ExportDialog({ technique, onClose }: { technique: Technique; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const meta = useViewer((s) => s.timeline);
  const [length, setLength] = useState<TechniqueLength>(useViewer.getState().length);
  const [kind, setKind] = useState<ExportRange['kind']>('technique');
  const [step, setStep] = useState(() => Math.max(0, playback.sample.stepIndex));
  const [from, setFrom] = useState(() => Math.floor(playback.t));
  const [to, setTo] = useState(() => Math.floor(playback.t) + 10);
  const [orientation, setOrientation] = useState<Orientation>('landscape');
  const [fps, setFps] = useState<number>(30);
  const [captions, setCaptions] = useState(true);
  const [safety, setSafety] = useState(true);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const abort = useRef<AbortController | null>(null);

  useEffect(() => () => abort.current?.abort(), []);

  const range: ExportRange = kind === 'technique' ? { kind } : kind === 'step' ? { kind, index: step } : { kind, from, to };
  // The frame count is known when the chosen length is the one playing (or for the whole technique).
  const sameLength = meta && (meta.length ?? length) === length;
  const span = sameLength ? resolveRange(meta, range) : kind === 'technique' && meta?.lengths ? { from: 0, to: length === 'demo' ? meta.lengths.demoS : meta.lengths.fullS } : null;
  const plan = span ? planFrames(span.from, span.to, fps) : null;

  const start = async () => {
    const ctl = new AbortController();
    abort.current = ctl;
    setPhase({ kind: 'running', progress: null });
    const { exportVideo } = await import('../../export/exportVideo');
    const size = EXPORT_SIZES[orientation];
    const overlay = overlayTextOf(t, lang, techniqueAtLength(technique, length), { captions, safety });
    const result = await exportVideo({
      range,
      length,
      fps,
      ...size,
      ...(overlay ? { overlay } : {}),
      signal: ctl.signal,
      onProgress: (progress) => setPhase({ kind: 'running', progress }),
    });
    abort.current = null;
    setPhase({ kind: 'result', result });
  };

  const running = phase.kind === 'running';
  const close = () => {
    abort.current?.abort();
    onClose();
  };
  return (
    <Dialog open labelledBy={`${id}-t`} describedBy={`${id}-d`} onEscape={running ? undefined : close} className="export-dialog" testId="export-dialog">
      <div className="hp-dialog-head">
        <h2 id={`${id}-t`}>{t('export.title')}</h2>
      </div>
      <div className="hp-dialog-body">
        <p id={`${id}-d`} className="muted">
          {t('export.intro')}
        </p>
        <fieldset disabled={running}>
          <legend>{t('export.what')}</legend>
          {(['technique', 'step', 'range'] as const).map((k) => (
            <label key={k}>
              <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} data-testid={`export-kind-${k}`} />
              {t(k === 'technique' ? 'export.whole' : k === 'step' ? 'export.step' : 'export.range')}
            </label>
          ))}
          {kind === 'step' && (
            <select value={step} onChange={(e) => setStep(Number(e.target.value))} aria-label={t('export.step')} data-testid="export-step">
              {technique.steps.map((s, i) => (
                <option key={i} value={i}>
                  {i + 1}. {s.caption[lang]}
                </option>
              ))}
            </select>
          )}
          {kind === 'range' && (
            <div>
              <label>
                {t('export.from')}
                <input type="number" min={0} step={0.1} value={from} onChange={(e) => setFrom(Number(e.target.value))} data-testid="export-from" />
              </label>
              <label>
                {t('export.to')}
                <input type="number" min={0} step={0.1} value={to} onChange={(e) => setTo(Number(e.target.value))} data-testid="export-to" />
              </label>
            </div>
          )}
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('export.length')}</legend>
          {TECHNIQUE_LENGTHS.map((l) => (
            <label key={l}>
              <input type="radio" name={`${id}-len`} checked={length === l} onChange={() => setLength(l)} data-testid={`export-length-${l}`} />
              {t(`export.${l}`)}
            </label>
          ))}
        </fieldset>
        <fieldset disabled={running}>
          <legend>{t('export.shape')}</legend>
          {(['landscape', 'portrait'] as const).map((o) => (
            <label key={o}>
              <input type="radio" name={`${id}-shape`} checked={orientation === o} onChange={() => setOrientation(o)} data-testid={`export-${o}`} />
              {t(`export.${o}`)}
            </label>
          ))}
          <label>
            {t('export.fps')}
            <select value={fps} onChange={(e) => setFps(Number(e.target.value))} data-testid="export-fps">
              {EXPORT_FPS.map((f) => (
                <option key={f} value={f}>
                  {t('export.fpsValue', { fps: f })}
                </option>
              ))}
            </select>
          </label>
          <br />
          <label>
            <input type="checkbox" checked={captions} onChange={(e) => setCaptions(e.target.checked)} data-testid="export-captions" />
            {t('export.captions')}
          </label>
          <label>
            <input type="checkbox" checked={safety} onChange={(e) => setSafety(e.target.checked)} data-testid="export-safety" />
            {t('export.safety')}
          </label>
        </fieldset>
        {plan && (
          <p className="muted" data-testid="export-summary">
            {t('export.summary', { count: plan.frames, seconds: (plan.frames / fps).toFixed(1) })}
          </p>
        )}
        {phase.kind === 'running' && <ExportProgressView progress={phase.progress} />}
        {phase.kind === 'result' && <ExportOutcome result={phase.result} fileBase={`${technique.id}-${length}`} />}
      </div>
      <div className="hp-dialog-foot">
        {running ? (
          <button onClick={() => abort.current?.abort()} data-testid="export-cancel">
            {t('export.cancel')}
          </button>
        ) : (
          <>
            <button onClick={close} data-testid="export-close">
              {t('export.close')}
            </button>
            <button className="primary" onClick={() => void start()} data-autofocus data-testid="export-start">
              {t('export.start')}
            </button>
          </>
        )}
      </div>
    </Dialog>
  );
}
