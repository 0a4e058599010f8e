import { beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { playGate, RED_FLAG_IDS, SAFETY, type RedFlagAnswers, type RedFlagId } from '../../../src/domain/safety';
import { requestPlay } from '../../../src/ui/safety/requestPlay';
import { useUserData } from '../../../src/state/userData';
import { useViewer } from '../../../src/state/store';

const CHECKED = '2026-01-01T00:00:00.000Z';
const allNo = () => Object.fromEntries(RED_FLAG_IDS.map((id) => [id, 'no'])) as RedFlagAnswers;
const urgency = (id: RedFlagId) => SAFETY.redFlags.red_flags.find((f) => f.id === id)!.urgency;

describe('play gate (pure)', () => {
  it('asks the check first, blocks on an urgent answer, plays with a banner on a see-a-doctor answer', () => {
    expect(playGate({ redFlagAnswers: {}, redFlagCheckedAt: null })).toBe('check');
    expect(playGate({ redFlagAnswers: allNo(), redFlagCheckedAt: CHECKED })).toBe('play');
    expect(playGate({ redFlagAnswers: { ...allNo(), 'night-pain': 'yes' }, redFlagCheckedAt: CHECKED })).toBe('play-with-banner');
    expect(playGate({ redFlagAnswers: { ...allNo(), 'saddle-numbness': 'yes' }, redFlagCheckedAt: CHECKED })).toBe('blocked');
    // An urgent answer also blocks when the check was not completed: it is already known.
    expect(playGate({ redFlagAnswers: { 'bladder-bowel': 'yes' }, redFlagCheckedAt: null })).toBe('blocked');
  });

  it('property: blocked exactly when some emergency flag is answered "yes"', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...RED_FLAG_IDS), fc.constantFrom('yes' as const, 'no' as const)), fc.boolean(), (answers, checked) => {
        const urgent = RED_FLAG_IDS.some((id) => answers[id] === 'yes' && urgency(id) === 'emergency');
        expect(playGate({ redFlagAnswers: answers, redFlagCheckedAt: checked ? CHECKED : null }) === 'blocked').toBe(urgent);
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});

describe('requestPlay (the Play button and the space key)', () => {
  beforeEach(() => {
    useUserData.setState({ redFlagAnswers: {}, redFlagCheckedAt: null });
    useViewer.setState({ playing: false, safetyCheck: 'closed' });
  });

  it('after an urgent answer and "I understand", Play does nothing until the answers change', () => {
    useUserData.setState({ redFlagAnswers: { ...allNo(), 'major-trauma': 'yes' }, redFlagCheckedAt: CHECKED });
    expect(requestPlay()).toBe('blocked');
    expect(useViewer.getState().playing).toBe(false);
    expect(useViewer.getState().safetyCheck).toBe('closed');
    useUserData.getState().setRedFlagAnswer('major-trauma', 'no');
    expect(requestPlay()).toBe('play');
    expect(useViewer.getState().playing).toBe(true);
  });

  it('a see-a-doctor answer plays', () => {
    useUserData.setState({ redFlagAnswers: { ...allNo(), age: 'yes' }, redFlagCheckedAt: CHECKED });
    expect(requestPlay()).toBe('play');
    expect(useViewer.getState().playing).toBe(true);
  });

  it('opens the check when it was never done', () => {
    expect(requestPlay()).toBe('check');
    expect(useViewer.getState().safetyCheck).toBe('first');
    expect(useViewer.getState().playing).toBe(false);
  });
});
