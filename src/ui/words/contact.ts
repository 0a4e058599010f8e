/** The caption's contact badge in words (pure; i18n keys). */
import { SUCTION_LEVEL } from '../../domain/motion/compile';
import type { MotionSample } from '../../domain/motion/types';

type PressureWord = 'none' | 'light' | 'medium' | 'firm';

export function pressureWord(p: number): PressureWord {
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

