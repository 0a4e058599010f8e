import { useEffect } from 'react';
import type { AnatomicalPoint, StepSide } from '../../domain/technique/schema';
import { getIn, useDraft } from './draftStore';
import { editorAnatomy } from './anatomyRef';

/**
 * Keyboard placement: with a point selected (and the focus not in a text field), the arrow keys
 * move it 0.5 cm over the skin, Shift 2 cm (← → across, ↑ ↓ along the spine).
 */
export function usePlacementKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const d = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, 1], ArrowDown: [0, -1] }[e.key];
      if (!d || e.altKey || e.ctrlKey || e.metaKey) return;
      const el = e.target as HTMLElement | null;
      if (el && (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA' || el.tagName === 'SELECT' || el.getAttribute('role') === 'slider' || el.getAttribute('role') === 'tab')) return;
      const s = useDraft.getState();
      const nudge = editorAnatomy.nudge;
      if (!s.selectedPoint || !s.technique || !nudge) return;
      const step = s.technique.steps[s.selectedStep];
      const path = ['steps', s.selectedStep, ...s.selectedPoint];
      const p = getIn(s.technique, path) as AnatomicalPoint | undefined;
      if (!step || !p) return;
      e.preventDefault();
      // The player's own ←/→ (seek) must not also act on this key.
      e.stopPropagation();
      const cm = e.shiftKey ? 2 : 0.5;
      s.set(path, nudge(p, (step.side ?? 'both') as StepSide, d[0]! * cm, d[1]! * cm));
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, []);
}
