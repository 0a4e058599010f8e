import { useEffect } from 'react';
import { useViewer } from '../../state/store';
import { playback, seek } from '../../state/playback';
import { nextStepStart, prevStepStart } from '../../state/timelineNav';
import { SPEEDS } from '../../state/url';
import { requestPlay } from '../safety/requestPlay';

/** True when the key press belongs to a form control (typing, or its own arrow keys). */
function inControl(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el) return false;
  const tag = el.tagName;
  return tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA' || el.isContentEditable;
}

/** Space play/pause, ←/→ 5 s, [ ] previous/next step, +/− speed. */
export function usePlayerKeys(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const s = useViewer.getState();
      const meta = s.timeline;
      if (
        !meta ||
        s.safetyCheck !== 'closed' ||
        e.altKey ||
        e.ctrlKey ||
        e.metaKey ||
        inControl(e.target)
      )
        return;
      const speedIndex = SPEEDS.indexOf(s.speed as (typeof SPEEDS)[number]);
      switch (e.key) {
        case ' ':
          if ((e.target as HTMLElement | null)?.tagName === 'BUTTON') return; // the button handles it
          e.preventDefault();
          if (s.playing) s.setPlaying(false);
          else requestPlay();
          break;
        case 'ArrowLeft':
          seek(playback.t - 5, meta.duration);
          break;
        case 'ArrowRight':
          seek(playback.t + 5, meta.duration);
          break;
        case '[':
          seek(prevStepStart(meta, playback.t), meta.duration);
          break;
        case ']':
          seek(nextStepStart(meta, playback.t), meta.duration);
          break;
        case '+':
        case '=':
          s.setSpeed(SPEEDS[Math.min(SPEEDS.length - 1, speedIndex + 1)] ?? 1);
          break;
        case '-':
        case '_':
          s.setSpeed(SPEEDS[Math.max(0, speedIndex - 1)] ?? 1);
          break;
        default:
          return;
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
