/**
 * An accessible modal dialog used by the safety and learning components.
 *
 * Props:
 * - `open`: render nothing when false;
 * - `labelledBy` / `describedBy`: ids of the title and the description inside `children`;
 * - `onEscape`: called on Escape; omit it to make Escape do nothing (e.g. a check that must be
 *   answered, or an urgent warning that must be acknowledged);
 * - `className`, `testId`.
 *
 * Behaviour: role="dialog" + aria-modal; on open, focus moves to the first element marked
 * `data-autofocus` (else the first focusable); Tab and Shift+Tab cycle inside the dialog; on close
 * focus returns to the element that had it before. The page behind does not scroll.
 */
import { useEffect, useRef, type ReactNode } from 'react';
import './safety.css';

export interface DialogProps {
  open: boolean;
  labelledBy: string;
  describedBy?: string;
  onEscape?: () => void;
  className?: string;
  testId?: string;
  children: ReactNode;
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog({ open, labelledBy, describedBy, onEscape, className, testId, children }: DialogProps) {
  const ref = useRef<HTMLDivElement>(null);
  const escape = useRef(onEscape);
  useEffect(() => {
    escape.current = onEscape;
  }, [onEscape]);

  useEffect(() => {
    if (!open) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const node = ref.current;
    const first = node?.querySelector<HTMLElement>('[data-autofocus]') ?? node?.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    const overflow = document.body.style.overflow;
    document.body.style.overflow = 'hidden';
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        if (escape.current) {
          e.stopPropagation();
          escape.current();
        }
        return;
      }
      if (e.key !== 'Tab' || !node) return;
      const items = [...node.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => el.offsetParent !== null || el === document.activeElement);
      if (items.length === 0) {
        e.preventDefault();
        return;
      }
      const a = items[0]!;
      const z = items[items.length - 1]!;
      const active = document.activeElement;
      if (e.shiftKey && (active === a || !node.contains(active))) {
        e.preventDefault();
        z.focus();
      } else if (!e.shiftKey && (active === z || !node.contains(active))) {
        e.preventDefault();
        a.focus();
      }
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      document.removeEventListener('keydown', onKey, true);
      document.body.style.overflow = overflow;
      before?.focus();
    };
  }, [open]);

  if (!open) return null;
  return (
    <div className="hp-dialog-backdrop">
      <div
        ref={ref}
        role="dialog"
        aria-modal="true"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        className={`hp-dialog ${className ?? ''}`}
        data-testid={testId}
      >
        {children}
      </div>
    </div>
  );
}
