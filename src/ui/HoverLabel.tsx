import { useEffect, useRef } from 'react';
import { useLocalized } from '../i18n/useLocalized';
import { useViewer } from '../state/store';

/** The hovered structure's name, next to the pointer (moved through a ref, not React state). */
export function HoverLabel() {
  const ref = useRef<HTMLDivElement>(null);
  const hovered = useViewer((s) => s.hovered);
  const loc = useLocalized();
  const names = useViewer((s) => (s.hovered ? s.structureNames[s.hovered] : undefined));
  const name = names ? loc(names) : undefined;
  useEffect(() => {
    const move = (e: PointerEvent) => {
      if (ref.current) ref.current.style.transform = `translate(${e.clientX + 14}px, ${e.clientY + 12}px)`;
    };
    window.addEventListener('pointermove', move, { passive: true });
    return () => window.removeEventListener('pointermove', move);
  }, []);
  return (
    <div ref={ref} className="hover-label" hidden={!hovered} data-testid="hover-label">
      {name ?? hovered}
    </div>
  );
}
