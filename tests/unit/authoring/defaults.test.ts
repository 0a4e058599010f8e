/**
 * A teacher starts from something valid: the new technique and the default step of every move
 * pass the parse gate and the lint without errors, and so does every default path shape.
 */
import { describe, expect, it } from 'vitest';
import { applyEdit, changeMove, checkDraft, defaultPath, defaultStep, defaultStepAt, MOVE_CAPTIONS, moveFields, newTechnique } from '../../../src/domain/authoring';
import { parseTechnique } from '../../../src/domain/technique/parse';
import { MOVES, PATH_SHAPES, type Step, type Technique } from '../../../src/domain/technique/schema';

const withSteps = (steps: Step[]): Technique => ({ ...newTechnique(), steps });

describe('newTechnique', () => {
  it('is a valid format-2 technique with EN and RU texts, no errors and no warnings', () => {
    const t = newTechnique();
    expect(t.format_version).toBe(2);
    expect(t.title.en && t.title.ru && t.summary.en && t.summary.ru).toBeTruthy();
    const c = checkDraft(t);
    expect(c.errors).toEqual([]);
    expect(c.warnings).toEqual([]);
    expect(c.technique).toEqual(t);
  });
});

describe('defaultStep', () => {
  it.each(MOVES)('%s: passes the parse gate unchanged (defaults already filled) and has exactly its fields', (move) => {
    const step = defaultStep(move);
    expect(step.move).toBe(move);
    const r = parseTechnique(withSteps([step]), 'd.json');
    expect(r.ok ? [] : r.errors).toEqual([]);
    if (r.ok) expect(r.technique.steps[0]).toEqual(step);
    expect(Object.keys(step).every((k) => moveFields(move).some((f) => f.key === k))).toBe(true);
    expect(step.caption).toEqual(MOVE_CAPTIONS[move]);
  });

  it.each(MOVES)('%s: no lint errors after a warming rub (a remove-cup after a cup left on)', (move) => {
    const before: Step[] = [defaultStep('rub')];
    if (move === 'remove-cup') before.push({ ...(defaultStep('set-cup') as Extract<Step, { move: 'set-cup' }>), leave_on: true });
    const t = withSteps(before);
    const next = applyEdit(t, { kind: 'add-step', move });
    expect(next.steps).toHaveLength(before.length + 1);
    expect(checkDraft(next).errors).toEqual([]);
  });

  it('a remove-cup added after a static cup takes that cup off (its place and side)', () => {
    const cup = { ...(defaultStep('set-cup') as Extract<Step, { move: 'set-cup' }>), leave_on: true, side: 'left' as const, at: { level: 'L2' as const, lateral_cm: 7 } };
    const s = defaultStepAt({ steps: [defaultStep('rub'), cup] }, 'remove-cup');
    expect(s).toMatchObject({ move: 'remove-cup', side: 'left', at: { level: 'L2', lateral_cm: 7 } });
    // Without a static cup before it: the plain default.
    expect(defaultStepAt({ steps: [cup] }, 'remove-cup', 0)).toEqual(defaultStep('remove-cup'));
  });

  it.each(PATH_SHAPES)('default %s path is valid wherever a move takes it', (shape) => {
    let used = 0;
    for (const move of MOVES) {
      const f = moveFields(move).find((x) => x.kind === 'path' && x.shapes?.includes(shape));
      if (!f) continue;
      used++;
      const step = { ...defaultStep(move), [f.key]: defaultPath(shape) } as Step;
      const r = parseTechnique(withSteps([step]), 'p.json');
      expect(r.ok ? [] : r.errors, `${move}.${f.key}`).toEqual([]);
    }
    expect(used).toBeGreaterThan(0);
  });
});

describe('changeMove', () => {
  it('keeps the fields the new move also accepts and fills the rest with its defaults', () => {
    const rub = { ...(defaultStep('rub') as Extract<Step, { move: 'rub' }>), pressure: 'medium' as const, repetitions: 12, caption: { en: 'Mine', ru: 'Моё' } };
    const eff = changeMove(rub, 'effleurage');
    expect(eff.move).toBe('effleurage');
    // kept: caption, pressure, repetitions, tempo; the band path is not an effleurage path.
    expect(eff).toMatchObject({ caption: { en: 'Mine', ru: 'Моё' }, pressure: 'medium', repetitions: 12, tempo: rub.tempo });
    expect(eff).toMatchObject({ path: (defaultStep('effleurage') as Extract<Step, { move: 'effleurage' }>).path });
    expect('axis' in eff).toBe(false);
    // A default caption follows the move.
    expect(changeMove(defaultStep('rub'), 'wringing').caption).toEqual(MOVE_CAPTIONS.wringing);
  });

  it.each(MOVES)('from every move to %s gives a step that passes the parse gate', (to) => {
    for (const from of MOVES) {
      const s = changeMove(defaultStep(from), to);
      const r = parseTechnique(withSteps([s]), 'c.json');
      expect(r.ok ? [] : r.errors, `${from} → ${to}`).toEqual([]);
      expect(Object.keys(s).sort()).toEqual(Object.keys(s).filter((k) => moveFields(to).some((f) => f.key === k)).sort());
    }
  });
});
