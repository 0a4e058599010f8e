/**
 * The offline app (issue 12 §6): vite-plugin-pwa with Workbox's generateSW, used from
 * vite.config.ts. Everything the app needs is precached on the first visit — the JS and CSS
 * (the technique library and both languages are bundled in it), the model (models/back.glb),
 * the icons and index.html — so a second visit works offline. A new version waits until the
 * user accepts the prompt (registerType 'prompt', src/pwa/UpdatePrompt.tsx).
 *
 * Strict CSP: no inline script. Registration is not injected into index.html
 * (injectRegister: false); the app imports `virtual:pwa-register/react`, bundled like any module.
 * The manifest is a file (manifest.webmanifest), the service worker a same-origin script.
 * The manifest is linked by the app after its first frame (manifestLink.ts says why): the link
 * the PWA plugin writes into index.html is taken out again here.
 */
import type { Plugin } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { MANIFEST_HREF } from './manifestLink.ts';

const MANIFEST_LINK = `<link rel="manifest" href="${MANIFEST_HREF}">`;

/**
 * Runs after vite-plugin-pwa's own index.html step (both 'post'; plugins of one order run in
 * the order given). Fails the build if the link is not there as expected (a plugin upgrade that
 * writes it differently would otherwise put it back in the first load unnoticed).
 */
const manifestLinkAfterFirstFrame: Plugin = {
  name: 'handpath:manifest-link-after-first-frame',
  apply: 'build',
  enforce: 'post',
  transformIndexHtml: {
    order: 'post',
    handler(html) {
      if (!html.includes(MANIFEST_LINK)) {
        throw new Error(`index.html: expected vite-plugin-pwa's ${MANIFEST_LINK} to take out (see src/pwa/manifestLink.ts)`);
      }
      return html.replace(MANIFEST_LINK, '');
    },
  },
};

export function pwa(): Plugin[] {
  const plugins = VitePWA({
    registerType: 'prompt',
    injectRegister: false,
    strategies: 'generateSW',
    // The glob below already precaches the icons and the manifest; listing them again would duplicate entries.
    includeManifestIcons: false,
    manifest: {
      name: 'Handpath — massage techniques for the lower back in 3D',
      short_name: 'Handpath',
      description: 'See massage techniques for the lower back in 3D: where the hands go, how hard, and what to avoid.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: '#e9edf1',
      theme_color: '#2f8fd8',
      icons: [
        { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
        { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
        { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      ],
    },
    workbox: {
      globPatterns: ['**/*.{js,css,html,glb,png,svg,json,webmanifest}'],
      // The main bundle (app + library + both languages) and the mediabunny chunk are large.
      maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      navigateFallback: 'index.html',
      cleanupOutdatedCaches: true,
      // A new version waits for the user's "Reload" (prompt: the SW skips waiting only on that
      // message). The first one takes control of the page that installed it (clientsClaim), so
      // the first visit is already served from the cache when the network goes.
      skipWaiting: false,
      clientsClaim: true,
    },
    devOptions: { enabled: false },
  });
  return [...plugins, manifestLinkAfterFirstFrame];
}
