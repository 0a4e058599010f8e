import { lazy, Suspense, useEffect } from 'react';
import { Canvas } from '@react-three/fiber';
import { BackModel } from './BackModel';
import { CameraRig } from './CameraRig';
import { Lights } from './Lights';
import { CAMERA_VIEWS } from '../state/anatomy';
import { useViewer } from '../state/store';
import { exposeRenderStats } from './debugHandle';
import { LandmarkMarkers } from './LandmarkMarkers';
import { QuizMarkers } from './QuizMarkers';
import { useUserData } from '../state/userData';
import { TableScene } from './TableScene';
import { poseView } from '../domain/anatomy/positions';
import { tablePose } from './TablePose';

// The chosen technique (library, motion compiler, hands) is its own chunk: not needed for the first frame.
const TechniqueLayer = lazy(() => import('./TechniqueLayer'));
const EditorLayer = lazy(() => import('./editor/EditorLayer'));
import { ExportBridge } from '../export/ExportBridge';
import { MotionResolution } from './MotionResolution';

export const BACKGROUND = '#e9edf1';

/** The 3D view. `frameloop="demand"`: a frame is drawn only when something changed. */
export function Viewer({ onReady, label }: { onReady?: () => void; label: string }) {
  const v = poseView(CAMERA_VIEWS.posterior, tablePose.current.pose, undefined, tablePose.current.supports);
  const techniqueId = useViewer((s) => s.techniqueId);
  const trainee = useUserData((s) => s.mode === 'trainee');
  const editing = useViewer((s) => s.editing);
  return (
    <Canvas
      frameloop="demand"
      dpr={[1, 2]}
      camera={{ position: [...v.position], fov: 35, near: 0.02, far: 20 }}
      gl={{ antialias: true, powerPreference: 'high-performance' }}
      onCreated={({ gl, invalidate }) => {
        gl.setClearColor(BACKGROUND);
        exposeRenderStats(gl, invalidate);
        // three restores its own GPU state; we tell the user and redraw once it is back.
        gl.domElement.addEventListener('webglcontextlost', () => useViewer.getState().setContextLost(true));
        gl.domElement.addEventListener('webglcontextrestored', () => {
          useViewer.getState().setContextLost(false);
          invalidate();
        });
      }}
      onPointerMissed={() => useViewer.getState().select(null)}
      role="img"
      aria-label={label}
      aria-describedby="canvas-description"
    >
      <Lights />
      <CameraRig />
      <MotionResolution />
      {/* Everything in the body frame lies in the posed group on the table (TableScene). The
          table is procedural: it is drawn in the first frame while the model (584 KiB and its
          decoder) still loads; the body comes in the next frame (issue 13 §6, first frame). */}
      <TableScene>
        <Suspense fallback={null}>
          <BackModel />
          {trainee && <LandmarkMarkers />}
          <QuizMarkers />
          {editing ? <EditorLayer /> : techniqueId && <TechniqueLayer />}
          <Ready onReady={onReady} />
        </Suspense>
      </TableScene>
      <Suspense fallback={null}>
        <ExportBridge />
      </Suspense>
    </Canvas>
  );
}

/** Mounts once the model has loaded (inside the Suspense boundary) and says so. */
function Ready({ onReady }: { onReady?: (() => void) | undefined }) {
  useEffect(() => {
    onReady?.();
  }, [onReady]);
  return null;
}
