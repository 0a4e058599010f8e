/**
 * The per-part error boundary: what it shows when its part failed (both languages), and how it
 * gets back (Try again, a reset, or new reset keys). Server rendering has no boundaries, so the
 * class is driven directly.
 */
import { describe, expect, it, vi } from 'vitest';
import { renderToString } from 'react-dom/server';
import type { ReactElement } from 'react';
import { i18next } from '../../../src/i18n';
import { ErrorBoundary, PartFailed, type ErrorBoundaryProps } from '../../../src/ui/ErrorBoundary';

const html = (s: string) => s.replace(/&#x27;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');

function boundary(props: Omit<ErrorBoundaryProps, 'children'>) {
  const b = new ErrorBoundary({ ...props, children: <p data-testid="child">fine</p> });
  b.setState = (update) => {
    b.state = { ...b.state, ...(typeof update === 'function' ? update(b.state, b.props) : update) };
  };
  return b;
}

describe.each(['en', 'ru'] as const)('ErrorBoundary in %s', (lang) => {
  it('shows its children until the part fails, then the message with "Try again" and the reset', async () => {
    await i18next.changeLanguage(lang);
    const action = vi.fn();
    const b = boundary({ part: 'course', reset: { label: i18next.t('persist.boundary.resetPlan'), action } });
    expect(renderToString(b.render() as ReactElement)).toContain('data-testid="child"');
    b.state = { ...b.state, ...ErrorBoundary.getDerivedStateFromError(new Error('sessions is not iterable')) };
    const out = html(renderToString(b.render() as ReactElement));
    expect(out).not.toContain('data-testid="child"');
    expect(out).toContain('role="alert"');
    expect(out).toContain(i18next.t('persist.boundary.title', { part: i18next.t('persist.part.course') }));
    expect(out).toContain('sessions is not iterable');
    expect(out).toContain(i18next.t('persist.boundary.retry'));
    expect(out).toContain(i18next.t('persist.boundary.resetPlan'));
    // The reset runs its action and tries again.
    const el = b.render() as ReactElement<{ reset: { action: () => void }; onRetry: () => void }>;
    el.props.reset.action();
    expect(action).toHaveBeenCalledOnce();
    expect(b.state.error).toBeNull();
  });
});

describe('ErrorBoundary', () => {
  it('"Try again" clears the error; new reset keys clear it by themselves', () => {
    const b = boundary({ part: 'player', resetKeys: ['a'] });
    b.state = { ...b.state, ...ErrorBoundary.getDerivedStateFromError('not an Error') };
    expect(b.state.error?.message).toBe('not an Error');
    (b.render() as ReactElement<{ onRetry: () => void }>).props.onRetry();
    expect(b.state.error).toBeNull();

    b.state = { ...b.state, ...ErrorBoundary.getDerivedStateFromError(new Error('x')) };
    expect(ErrorBoundary.getDerivedStateFromProps({ part: 'player', resetKeys: ['a'], children: null }, b.state)).toBeNull();
    expect(ErrorBoundary.getDerivedStateFromProps({ part: 'player', resetKeys: ['b'], children: null }, b.state)).toEqual({ error: null, keys: ['b'] });
  });

  it('every part named in the app has a name in both languages', async () => {
    for (const lang of ['en', 'ru'] as const) {
      await i18next.changeLanguage(lang);
      for (const part of ['techniques', 'view', 'safety', 'learn', 'player', 'details', 'myTechniques', 'quiz', 'course', 'safetyCheck']) {
        const out = html(renderToString(<PartFailed part={part} message="m" onRetry={() => undefined} />));
        expect(i18next.exists(`persist.part.${part}`, { lng: lang })).toBe(true);
        expect(out).toContain(i18next.t('persist.boundary.title', { part: i18next.t(`persist.part.${part}`) }));
      }
    }
  });
});
