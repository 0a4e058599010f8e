import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { playback, onPlaybackFrame } from '../../state/playback';
import { repetitionText } from './repetitionText';

type PressureWord = 'none' | 'light' | 'medium' | 'firm';

function pressureWord(p: number): PressureWord {
  if (p <= 0.05) return 'none';
  if (p < 0.42) return 'light';
  if (p < 0.68) return 'medium';
  return 'firm';
}

/**
 * The current step's instruction, "repetition k of n", the hold countdown and the pressure in
 * words. Text follows the clock through refs; the step caption sits in a polite live region
 * so a screen reader announces each new step (and not every frame).
 */
export function Caption({ technique }: { technique: Technique }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const stepEl = useRef<HTMLParagraphElement>(null);
  const headEl = useRef<HTMLSpanElement>(null);
  const repEl = useRef<HTMLSpanElement>(null);
  const holdEl = useRef<HTMLSpanElement>(null);
  const pressEl = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    let step = -1;
    let rep = '';
    let hold = '';
    let press = '';
    const update = () => {
      const s = playback.sample;
      if (s.stepIndex !== step && stepEl.current && headEl.current) {
        step = s.stepIndex;
        const st = technique.steps[step];
        headEl.current.textContent = t('player.step', { n: step + 1, total: technique.steps.length });
        stepEl.current.textContent = st ? loc(st.caption) : '';
      }
      const r = s.inTransition ? t('player.transition') : repetitionText(t, s);
      if (r !== rep && repEl.current) repEl.current.textContent = rep = r;
      const h = s.holdRemaining > 0 ? t('player.hold', { s: Math.ceil(s.holdRemaining) }) : '';
      if (h !== hold && holdEl.current) holdEl.current.textContent = hold = h;
      const peak = Math.max(s.left.pressure, s.right.pressure, s.cup.pressure);
      const p = t(`player.pressure.${pressureWord(peak)}`);
      if (p !== press && pressEl.current) pressEl.current.textContent = press = p;
    };
    update();
    return onPlaybackFrame(update);
  }, [technique, t, loc]);

  return (
    <section className="caption" data-testid="caption">
      <h2 className="caption-title">{loc(technique.title)}</h2>
      <div className="caption-head">
        <span ref={headEl} data-testid="caption-step" />
        <span ref={repEl} className="pill" data-testid="caption-repetition" />
        <span ref={holdEl} className="pill hold" data-testid="caption-hold" />
        <span ref={pressEl} className="pill" data-testid="caption-pressure" />
      </div>
      <p ref={stepEl} className="caption-text" aria-live="polite" data-testid="caption-text" />
    </section>
  );
}
