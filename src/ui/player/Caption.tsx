import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SUCTION_LEVEL } from '../../domain/motion/compile';
import { createPressNow, pressAt } from '../../domain/motion/stepGeometry';
import type { MotionSample, Timeline } from '../../domain/motion/types';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { playback, onPlaybackFrame } from '../../state/playback';
import { WithMeasure } from '../learn/TechniqueMeasure';
import { repetitionText } from './repetitionText';

type PressureWord = 'none' | 'light' | 'medium' | 'firm';

function pressureWord(p: number): PressureWord {
  if (p <= 0.05) return 'none';
  if (p < 0.42) return 'light';
  if (p < 0.68) return 'medium';
  return 'firm';
}

/**
 * What touches the skin now, as an i18n key: suction for a cup on the skin, "no contact" only
 * while nothing touches, "touching, no pressure" for a resting touch, else the pressure.
 */
export function contactKey(s: MotionSample): string {
  if (s.cup.active && s.cup.contact) {
    const p = s.cup.pressure;
    if (p <= 0.05) return 'words.contact.touch';
    if (p < (SUCTION_LEVEL.light + SUCTION_LEVEL.medium) / 2) return 'words.contact.suction.light';
    if (p < (SUCTION_LEVEL.medium + SUCTION_LEVEL.strong) / 2) return 'words.contact.suction.medium';
    return 'words.contact.suction.strong';
  }
  const l = s.left.active && s.left.contact;
  const r = s.right.active && s.right.contact;
  if (!l && !r) return 'words.contact.none';
  const peak = Math.max(l ? s.left.pressure : 0, r ? s.right.pressure : 0);
  const w = pressureWord(peak);
  return w === 'none' ? 'words.contact.touch' : `player.pressure.${w}`;
}

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
