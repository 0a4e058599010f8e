import { useEffect, useRef, useState } from 'react';
import { useFrame, useThree } from '@react-three/fiber';
import { PerspectiveCamera, Vector2 } from 'three';
import { playback } from '../state/playback';
import { useViewer } from '../state/store';
import { exportBridge, type RenderSession } from './bridge';
import { installExportHandle } from './testHandle';

/**
 * Lets the video exporter draw frames on demand (src/export/exportVideo.ts). Mounted once inside
 * the canvas (src/scene/Viewer.tsx). Idle it has no frame callback at all, so an idle page still
 * draws nothing; during an export it mounts <ExportRender/>, which takes over rendering
 * (a useFrame of priority 1) and draws through the export's own camera at the video's size.
 */
export function ExportBridge() {
  const gl = useThree((s) => s.gl);
  const liveCamera = useThree((s) => s.camera);
  const advance = useThree((s) => s.advance);
  const invalidate = useThree((s) => s.invalidate);
  const [camera, setCamera] = useState<PerspectiveCamera | null>(null);
  const mounted = useRef<(() => void) | null>(null);

  useEffect(() => {
    installExportHandle();
    exportBridge.current = {
      begin: (width, height) =>
        new Promise<RenderSession>((resolve) => {
          const live = liveCamera as PerspectiveCamera;
          const fov = live.isPerspectiveCamera ? live.fov : 35;
          const cam = new PerspectiveCamera(fov, width / height, live.near, live.far);
          const prevRatio = gl.getPixelRatio();
          const prevSize = gl.getSize(new Vector2());
          const prevT = playback.t;
          const viewer = useViewer.getState();
          const prevFollow = viewer.follow;
          viewer.setPlaying(false);
          // The live camera rig stays still while the export drives the time.
          if (prevFollow) viewer.setFollow(false);
          const fit = () => {
            if (gl.domElement.width !== width || gl.domElement.height !== height || gl.getPixelRatio() !== 1) {
              gl.setPixelRatio(1);
              gl.setSize(width, height, false);
            }
          };
          fit();
          const session: RenderSession = {
            fovDeg: fov,
            renderAt(t, view) {
              fit(); // a resize of the page during an export must not change the frame size
              playback.t = t;
              if (view) {
                cam.position.set(view.position[0], view.position[1], view.position[2]);
                cam.up.set(0, 1, 0);
                cam.lookAt(view.target[0], view.target[1], view.target[2]);
              } else {
                cam.position.copy(live.position);
                cam.quaternion.copy(live.quaternion);
              }
              cam.updateMatrixWorld();
              // Runs every frame callback (the player samples the pose at playback.t), then
              // <ExportRender/> draws through `cam`.
              advance(performance.now() / 1000, true);
              return gl.domElement;
            },
            end() {
              gl.setPixelRatio(prevRatio);
              gl.setSize(prevSize.x, prevSize.y, false);
              playback.t = prevT;
              if (prevFollow) useViewer.getState().setFollow(true);
              setCamera(null);
              invalidate();
            },
          };
          mounted.current = () => resolve(session);
          setCamera(cam);
        }),
    };
    return () => {
      exportBridge.current = null;
    };
  }, [gl, liveCamera, advance, invalidate]);

  return camera ? (
    <ExportRender
      camera={camera}
      onMount={() => {
        mounted.current?.();
        mounted.current = null;
      }}
    />
  ) : null;
}

/** While mounted, every frame is drawn through the export camera (R3F skips its own render). */
function ExportRender({ camera, onMount }: { camera: PerspectiveCamera; onMount: () => void }) {
  useFrame(({ gl, scene }) => {
    gl.render(scene, camera);
  }, 1);
  useEffect(() => {
    onMount();
  }, [onMount]);
  return null;
}
