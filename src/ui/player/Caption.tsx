import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { createPressNow, pressAt } from '../../domain/motion/stepGeometry';
import type { Timeline } from '../../domain/motion/types';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { playback, onPlaybackFrame } from '../../state/playback';
import { WithMeasure } from '../learn/TechniqueMeasure';
import { repetitionText } from './repetitionText';
import { contactKey } from '../words/contact';

/**
 * The current step's instruction, "repetition k of n", the point being pressed with its side
 * and hold ("BL23, left, hold 12 s"), and what touches the skin in words. Text follows the clock
 * through refs; the step caption sits in a polite live region so a screen reader announces each
 * new step (and not every frame).
 */
export function Caption({ technique }: { technique: Technique }) {
  return <WithMeasure technique={technique}>{(m) => <CaptionBody technique={technique} timeline={m?.timeline ?? null} />}</WithMeasure>;
}

function CaptionBody({ technique, timeline }: { technique: Technique; timeline: Timeline | null }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const stepEl = useRef<HTMLParagraphElement>(null);
  const headEl = useRef<HTMLSpanElement>(null);
  const repEl = useRef<HTMLSpanElement>(null);
  const pointEl = useRef<HTMLSpanElement>(null);
  const holdEl = useRef<HTMLSpanElement>(null);
  const pressEl = useRef<HTMLSpanElement>(null);

  useEffect(() => {
    let step = -1;
    let rep = '';
    let point = '';
    let hold = '';
    let press = '';
    const now = createPressNow();
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
      // The point being pressed: from the same timeline the player runs (same step only).
      const pn = timeline && !s.inTransition ? pressAt(timeline, playback.t, now) : null;
      let pt = '';
      let holdShown = false;
      if (pn && pn.stepIndex === s.stepIndex) {
        const st = technique.steps[pn.stepIndex];
        const acu = st?.move === 'point-press' ? st.points[pn.pointIndex]?.acupoint : undefined;
        const name = acu ?? t('words.caption.station', { n: pn.pointIndex + 1 });
        const sideKey = pn.left && pn.right ? 'both' : pn.left ? 'left' : pn.right ? 'right' : 'midline';
        const side = t(`words.caption.side.${sideKey}`);
        const secs = Math.ceil(Math.max(pn.hold, s.holdRemaining));
        holdShown = secs > 0;
        pt = holdShown ? t('words.caption.pointHold', { point: name, side, s: secs }) : t('words.caption.point', { point: name, side });
      }
      if (pt !== point && pointEl.current) pointEl.current.textContent = point = pt;
      const h = !holdShown && s.holdRemaining > 0 ? t('player.hold', { s: Math.ceil(s.holdRemaining) }) : '';
      if (h !== hold && holdEl.current) holdEl.current.textContent = hold = h;
      const p = t(contactKey(s));
      if (p !== press && pressEl.current) pressEl.current.textContent = press = p;
    };
    update();
    return onPlaybackFrame(update);
  }, [technique, timeline, t, loc]);

  return (
    <section className="caption" data-testid="caption">
      <h2 className="caption-title">{loc(technique.title)}</h2>
      <div className="caption-head">
        <span ref={headEl} data-testid="caption-step" />
        <span ref={repEl} className="pill" data-testid="caption-repetition" />
        <span ref={pointEl} className="pill hold" data-testid="caption-point" />
        <span ref={holdEl} className="pill hold" data-testid="caption-hold" />
        <span ref={pressEl} className="pill" data-testid="caption-pressure" />
      </div>
      <p ref={stepEl} className="caption-text" aria-live="polite" data-testid="caption-text" />
    </section>
  );
}
