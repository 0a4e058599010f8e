import type { WebGLRenderer } from 'three';

/**
 * Read-only figures for the benchmark and browser tests: the last frame's draw calls and
 * triangles. Exposed as `window.__handpath`; holds no app state.
 */
export function exposeRenderStats(gl: WebGLRenderer): void {
  (window as unknown as { __handpath?: unknown }).__handpath = {
    lastFrame: () => ({ calls: gl.info.render.calls, triangles: gl.info.render.triangles }),
  };
}
