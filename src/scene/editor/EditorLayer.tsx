import { useEffect, useMemo, useRef } from 'react';
import { useThree } from '@react-three/fiber';
import type { Technique } from '../../domain/technique/schema';
import { ACUPOINTS } from '../../domain/technique/acupoints';
import { LANDMARKS_FILE } from '../../state/anatomy';
import { useViewer } from '../../state/store';
import { sceneHandles } from '../../state/sceneHandles';
import { playback } from '../../state/playback';
import { useBackModel } from '../modelLoader';
import { skinSurfaceOf } from '../skinSurface';
import { TechniquePlayer } from '../TechniquePlayer';
import { useDraft } from '../../ui/editor/draftStore';
import { useDraftCheck } from '../../ui/editor/useCheck';
import { editorAnatomy } from '../../ui/editor/anatomyRef';
import { nudgePoint } from '../../ui/editor/model/place';
import { sceneAnatomy } from './sceneAnatomy';
import { placeAt } from './placeAt';
import { playGate } from '../../domain/safety/redFlags';
import { useUserData } from '../../state/userData';
import { PointHandles } from './PointHandles';

/**
 * The studio in the 3D view (lazy, mounted by Viewer while editing): the last error-free version
 * of the draft plays on the body with the selected step looping; clicks on the skin place points;
 * the selected step's points are draggable handles.
 */
export default function EditorLayer() {
  const gltf = useBackModel();
  const invalidate = useThree((s) => s.invalidate);
  const skin = useMemo(() => skinSurfaceOf(gltf.scene), [gltf]);
  const check = useDraftCheck();
  const last = useRef<Technique | null>(null);
  if (check.valid) last.current = check.valid;
  else if (!useDraft.getState().technique) last.current = null;
  const preview = last.current;
  const step = useDraft((s) => s.selectedStep);

  useEffect(() => {
    const anatomy = { landmarks: LANDMARKS_FILE.landmarks, acupoints: ACUPOINTS, surface: skin };
    sceneAnatomy.current = anatomy;
    editorAnatomy.nudge = (p, side, dx, dy) => nudgePoint(anatomy, p, side, dx, dy);
    return () => {
      editorAnatomy.nudge = null;
    };
  }, [skin]);

  // Clicks on the skin place points (the viewer's tap mode hands them over in the body frame).
  useEffect(() => {
    const v = useViewer.getState();
    // The studio's draft is what the player dock and the body show while editing.
    const before = v.techniqueId;
    v.selectTechnique(null);
    v.setTapMode(true);
    v.setLoopStep(true);
    const off = useViewer.subscribe((s, prev) => {
      if (s.lastTap && s.lastTap !== prev.lastTap) placeAt(s.lastTap);
    });
    return () => {
      off();
      useViewer.getState().setTapMode(false);
      useViewer.getState().setLoopStep(false);
      useViewer.getState().setPlaying(false);
      if (before) useViewer.getState().selectTechnique(before);
    };
  }, []);

  // Each edit plays the edited step again (looping on it).
  useEffect(() => {
    sceneHandles.positioned = preview;
    // (only when the red-flag check allows playing; otherwise Play asks for it as usual)
    if (preview && playGate(useUserData.getState()) === 'play') useViewer.getState().setPlaying(true);
    invalidate();
  }, [preview, invalidate]);
  useEffect(
    () => () => {
      sceneHandles.positioned = null;
      invalidate();
    },
    [invalidate],
  );

  // The step being edited loops: go to its start when another step is chosen.
  useEffect(() => {
    const go = () => {
      const m = useViewer.getState().timeline;
      const s = m?.steps[useDraft.getState().selectedStep];
      if (!s) return;
      playback.t = s.start;
      playback.requestFrame();
    };
    go();
    return useViewer.subscribe((s, prev) => {
      if (s.timeline !== prev.timeline && s.timeline && (!prev.timeline || prev.timeline.steps.length !== s.timeline.steps.length)) go();
    });
  }, [step]);

  return (
    <>
      {preview && <TechniquePlayer technique={preview} />}
      <PointHandles root={gltf.scene} />
    </>
  );
}
