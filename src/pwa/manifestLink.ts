/**
 * The web app manifest is linked after the first frame, not in index.html (issue 13 §6, time to
 * first frame). Chromium reads a linked manifest at once: it fetches the manifest and its icon
 * and checks whether the page is installable, and in a browser with its own interface (headless
 * Chromium included) an installable page gets an animated install button in the address bar.
 * That animation's frames are composited on the GPU process's main thread — the same thread the
 * page's WebGL context is created on — and in the bench, without a GPU, they held the canvas's
 * `getContext` and first shader link back by 300–500 ms (a trace: the browser's main thread laid
 * out its views 300–550 times per 100 ms from 800 to 1400 ms after navigation; none without the
 * link). Installing the app can wait for the first frame.
 *
 * The same file name as vite-plugin-pwa's default (`manifestFilename`); the build plugin in
 * pwaPlugin.ts removes the link the PWA plugin writes into index.html.
 */
export const MANIFEST_HREF = './manifest.webmanifest';

/** Adds `<link rel="manifest">` to the document's head, once. */
export function linkManifest(doc: Document = document): void {
  if (doc.head.querySelector('link[rel="manifest"]')) return;
  const link = doc.createElement('link');
  link.rel = 'manifest';
  link.href = MANIFEST_HREF;
  doc.head.appendChild(link);
}
