import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderToString } from 'react-dom/server';
import { NERVE_TOUR } from '../../../src/state/nerveTour';
import { useViewer } from '../../../src/state/store';
import { i18next } from '../../../src/i18n';
import { LearnTab } from '../../../src/ui/LearnTab';

/** Ids of the structures in the committed model (glTF node extras). */
function modelIds(): Set<string> {
  const b = readFileSync('public/models/back.glb');
  const json = JSON.parse(b.subarray(20, 20 + b.readUInt32LE(12)).toString('utf8')) as { nodes: { extras?: { id?: string } }[] };
  return new Set(json.nodes.flatMap((n) => (n.extras?.id ? [n.extras.id] : [])));
}

describe('sciatic-nerve explainer', () => {
  const piri = NERVE_TOUR.find((s) => s.key === 'piriformis')!;

  it('the piriformis stop shows the muscles, selects the piriformis and takes away the glutei that cover it', () => {
    const ids = modelIds();
    expect(piri.layers.muscles).toBe(true);
    expect(piri.select).toBe('piriformis-right');
    expect(piri.hide).toEqual(expect.arrayContaining(['gluteus-maximus-left', 'gluteus-maximus-right']));
    for (const id of [piri.select!, ...piri.hide]) expect(ids.has(id), id).toBe(true);
    expect(piri.hide).not.toContain(piri.select);
    expect(piri.hide.some((h) => h.startsWith('sciatic') || h.startsWith('piriformis'))).toBe(false);
    // Every other stop hides nothing.
    for (const s of NERVE_TOUR) if (s !== piri) expect(s.hide).toEqual([]);
  });

  it('the store hides them at that stop only, and shows them again when the explainer moves on or ends', () => {
    const st = useViewer.getState();
    st.setTour(NERVE_TOUR.indexOf(piri));
    expect(useViewer.getState().hiddenStructures).toEqual(piri.hide);
    st.setTour(NERVE_TOUR.indexOf(piri) + 1);
    expect(useViewer.getState().hiddenStructures).toEqual([]);
    st.setTour(NERVE_TOUR.indexOf(piri));
    st.setTour(null);
    expect(useViewer.getState().hiddenStructures).toEqual([]);
    expect(useViewer.getState().tour).toBeNull();
  });

  it('is in the Learn tab', async () => {
    await i18next.changeLanguage('en');
    const html = renderToString(<LearnTab />);
    expect(html).toContain('data-testid="nerve-tour"');
    expect(html).toContain(i18next.t('tour.title'));
  });
});
