import { describe, expect, it } from 'vitest';
import { useViewer } from '../../../src/state/store';
import { chooseTechnique } from '../../../src/ui/library/chooseTechnique';

const meta = { techniqueId: 'a', duration: 60, steps: [] };

describe('chooseTechnique', () => {
  it('choosing the technique already shown keeps its timeline (the player controls) and view', () => {
    useViewer.setState({ techniqueId: 'a', timeline: meta, view: 'oblique', playing: true });
    chooseTechnique({ id: 'a', regions: ['lumbar'] });
    expect(useViewer.getState()).toMatchObject({ techniqueId: 'a', timeline: meta, view: 'oblique', playing: true });
  });

  it('choosing another one selects it and frames its region', () => {
    useViewer.setState({ techniqueId: 'a', timeline: meta, view: 'oblique' });
    chooseTechnique({ id: 'b', regions: ['lumbar', 'sacral'] });
    expect(useViewer.getState()).toMatchObject({ techniqueId: 'b', timeline: null, view: 'lumbosacral' });
    chooseTechnique({ id: 'c', regions: ['thoracic'] });
    expect(useViewer.getState().view).toBe('posterior');
  });
});
