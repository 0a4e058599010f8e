/**
 * Property test: whatever is stored in `handpath.user` (random JSON, hostile shapes, text that is
 * not JSON), the app renders every tab, the player and the safety check, in node (server
 * rendering, which has no error boundaries: a throw anywhere fails the test).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { prerender } from 'react-dom/static';
import type { ReactNode } from 'react';
import { installMemoryStorage } from './memoryStorage';

const storage = installMemoryStorage();

const { useUserData, USER_DATA_STORAGE_KEY } = await import('../../../src/state/userData');
const { useViewer } = await import('../../../src/state/store');
const { Sidebar } = await import('../../../src/ui/Sidebar');
const { SafetyBanner } = await import('../../../src/ui/SafetyBanner');
const { Caption } = await import('../../../src/ui/player/Caption');
const { PlayerBar } = await import('../../../src/ui/player/PlayerBar');
const { SafetyGate } = await import('../../../src/ui/SafetyGate');
const { loadLibrary } = await import('../../../src/data/library');
const { planCourse } = await import('../../../src/domain/course/plan');
const { RED_FLAG_IDS } = await import('../../../src/domain/safety/ids');
const { i18next } = await import('../../../src/i18n');

/**
 * Server rendering reads zustand's *initial* state (useSyncExternalStore's server snapshot): copy
 * the current state into it before each render, so what is rendered is what was read back.
 */
function serverSnapshot() {
  Object.assign(useUserData.getInitialState(), useUserData.getState());
  Object.assign(useViewer.getInitialState(), useViewer.getState());
}

/**
 * The back model is not served in node: the technique details ask for it (to measure the steps)
 * and fall back to words without geometry, inside their own Suspense. That one failed fetch is
 * the test environment, not stored state; every other error still fails the test.
 */
function isModelFetch(e: unknown): boolean {
  return e instanceof Error && /models\/back\.glb/.test(e.message);
}

/** Render to HTML, waiting for lazy tabs; any error (even one React would recover from) is returned. */
async function render(node: ReactNode): Promise<{ html: string; errors: unknown[] }> {
  serverSnapshot();
  const errors: unknown[] = [];
  const { prelude } = await prerender(<>{node}</>, { onError: (e) => void (isModelFetch(e) || errors.push(e)) });
  const html = await new Response(prelude).text();
  return { html, errors };
}

const plan = planCourse({ techniqueIds: ['classic-warming-rub'], startDate: '2026-06-02', sessionMinutes: { first: 15, last: 30 } });
const session = plan.sessions[0]!;

/** Values that broke or could break the app: broken plans, check times that are not times… */
const hostileCoursePlan = fc.oneof(
  fc.constant({ ...plan, sessions: [] }),
  fc.constant({ ...plan, sessions: null }),
  fc.constant({ ...plan, techniqueIds: null }),
  fc.constant({ ...plan, startDate: 'soon', endDate: 42 }),
  fc.array(fc.oneof(fc.constant(null), fc.constant({}), fc.constant(session), fc.anything().map((notes) => ({ ...session, notes })), fc.string().map((pressure) => ({ ...session, pressure })), fc.anything().map((date) => ({ ...session, date }))), { maxLength: 12 }).map((sessions) => ({ ...plan, sessions })),
  fc.record({ version: fc.anything(), techniqueIds: fc.anything(), frequency: fc.anything(), sessions: fc.anything(), startDate: fc.anything() }),
  fc.constant(plan),
  fc.anything(),
);
const hostileState = fc.record(
  {
    redFlagAnswers: fc.oneof(
      fc.dictionary(fc.constantFrom(...RED_FLAG_IDS, 'x', '__proto__', 'constructor'), fc.oneof(fc.constantFrom('yes', 'no'), fc.anything())),
      fc.anything(),
    ),
    redFlagCheckedAt: fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.anything()),
    acutePain: fc.oneof(fc.boolean(), fc.anything()),
    mode: fc.oneof(fc.constantFrom('patient', 'trainee'), fc.anything()),
    coursePlan: hostileCoursePlan,
  },
  { requiredKeys: [] },
);
const storedText = fc.oneof(
  hostileState.map((state) => JSON.stringify({ state, version: 1 })),
  fc.tuple(hostileState, fc.anything()).map(([state, version]) => JSON.stringify({ state, version }) ?? 'null'),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.string(),
);

const TABS = ['techniques', 'view', 'safety', 'learn'] as const;
const MARKS: Record<(typeof TABS)[number], string> = {
  techniques: 'data-testid="open-file"',
  view: 'data-testid="view-posterior"',
  safety: 'data-testid="evidence-page"',
  learn: 'data-testid="course-planner"',
};
const technique = loadLibrary().techniques[0]!;

describe('hostile stored state', () => {
  it('every tab, the player and the safety check render, for any stored value', async () => {
    await fc.assert(
      fc.asyncProperty(storedText, fc.constantFrom('en', 'ru'), async (text, lang) => {
        await i18next.changeLanguage(lang);
        useUserData.getState().forgetAll();
        storage.setItem(USER_DATA_STORAGE_KEY, text);
        await useUserData.persist.rehydrate();
        useViewer.setState({ techniqueId: technique.id, safetyCheck: 'review' });
        for (const tab of TABS) {
          useViewer.setState({ tab });
          const { html, errors } = await render(<Sidebar />);
          expect(errors, `${tab}: ${text.slice(0, 200)}`).toEqual([]);
          expect(html, tab).toContain(MARKS[tab]);
          expect(html, tab).not.toContain('data-testid="failed-');
        }
        const dock = await render(
          <>
            <SafetyBanner />
            <Caption technique={technique} />
            <PlayerBar />
            <SafetyGate />
          </>,
        );
        expect(dock.errors, text.slice(0, 200)).toEqual([]);
        expect(dock.html).toContain('role="dialog"');
      }),
      { numRuns: 60 },
    );
  }, 120_000);

  it('the stored plan that blanked the page (empty sessions) renders the Learn tab without a plan', async () => {
    storage.setItem(USER_DATA_STORAGE_KEY, JSON.stringify({ state: { coursePlan: { ...plan, sessions: [] }, mode: 'trainee' }, version: 1 }));
    await useUserData.persist.rehydrate();
    useViewer.setState({ tab: 'learn' });
    const { html, errors } = await render(<Sidebar />);
    expect(errors).toEqual([]);
    expect(html).toContain('data-testid="course-planner"');
    expect(html).not.toContain('data-testid="course-plan"');
    expect(useUserData.getState().mode).toBe('trainee');
  });
});
