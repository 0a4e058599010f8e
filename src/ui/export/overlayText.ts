import type { TFunction } from 'i18next';
import type { MotionSample } from '../../domain/motion/types';
import type { Technique } from '../../domain/technique/schema';
import type { OverlayText } from '../../export/overlay';
import { progressText } from '../player/repetitionText';

export interface OverlayChoice {
  captions: boolean;
  safety: boolean;
}

/**
 * The words burnt into each frame, in the current language: the player's own caption words
 * (title, "Step 2 of 5 · repetition 3 of 8", the step's instruction) and the safety line.
 * `technique` is the version that plays (demo or full). Null when nothing is burnt in.
 */
export function overlayTextOf(
  t: TFunction,
  lang: 'en' | 'ru',
  technique: Technique,
  choice: OverlayChoice,
): ((s: MotionSample) => OverlayText) | null {
  if (!choice.captions && !choice.safety) return null;
  const safety = choice.safety ? t('export.safetyLine') : '';
  const title = choice.captions ? technique.title[lang] : '';
  return (s) => {
    if (!choice.captions) return { title: '', head: '', caption: '', safety };
    const step = technique.steps[s.stepIndex];
    const counter = progressText(t, s);
    const head = step ? t('player.step', { n: s.stepIndex + 1, total: technique.steps.length }) : '';
    return {
      title,
      head: counter ? `${head} · ${counter}` : head,
      caption: step ? step.caption[lang] : '',
      safety,
    };
  };
}
