import type { Page } from 'playwright-core';
import type { CameraInfo, FrameInfo } from '../../src/scene/debugHandle';

/** Helpers over the read-only test handle `window.__handpath` (see README, "Test handle"). */

type Handle = {
  frame: () => FrameInfo;
  camera: () => CameraInfo;
  project: (p: readonly (readonly [number, number, number])[]) => [number, number][];
};

export function frame(page: Page): Promise<FrameInfo> {
  return page.evaluate(() => (window as unknown as { __handpath: Handle }).__handpath.frame());
}

export function cameraInfo(page: Page): Promise<CameraInfo> {
  return page.evaluate(() => (window as unknown as { __handpath: Handle }).__handpath.camera());
}

/** Model-frame points → CSS pixels in the canvas. */
export function project(page: Page, points: [number, number, number][]): Promise<[number, number][]> {
  return page.evaluate((p) => (window as unknown as { __handpath: Handle }).__handpath.project(p), points);
}

/** Moves the scrubber to a time as a user would (an input event on the range). */
export async function seekTo(page: Page, t: number): Promise<void> {
  await page.getByTestId('scrubber').evaluate((el, v) => {
    const input = el as HTMLInputElement;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, String(v));
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, t);
}
