/**
 * The link between the exporter (plain async code outside React) and the 3D view: set by
 * <ExportBridge/> inside the R3F canvas, null when no 3D view is mounted. Non-reactive, like
 * sceneHandles (DESIGN.md §5).
 */
import type { CameraView } from '../domain/anatomy/views';

/** One export in progress: the renderer is sized to the video and draws only on demand. */
export interface RenderSession {
  /**
   * Poses the scene at technique time t (the motion engine's sample, as the player does), draws
   * one frame through the given camera (null: the live camera's place and direction) and returns
   * the WebGL canvas, now holding that frame at the video's size.
   */
  renderAt(t: number, view: CameraView | null): HTMLCanvasElement;
  /** The field of view of the camera the frames use, degrees. */
  readonly fovDeg: number;
  /** Gives the renderer back to the live view (its size, pixel ratio and time). */
  end(): void;
}

export interface ExportBridgeHandle {
  /** Takes the renderer for an export of width × height pixels. */
  begin(width: number, height: number): Promise<RenderSession>;
}

export const exportBridge: { current: ExportBridgeHandle | null } = { current: null };
