/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { pwa } from './src/pwa/pwaPlugin.ts';
import { fileURLToPath } from 'node:url';

const R3F_CLOCK = fileURLToPath(new URL('./src/scene/r3fClock.ts', import.meta.url));
const JITLESS = fileURLToPath(new URL('./src/jitless.ts', import.meta.url));

/**
 * Every `import … from 'zod'` in the app's source resolves to src/jitless.ts, which sets zod
 * jitless (the CSP forbids its `new Function`) and re-exports it: the setting is in place before
 * any schema is built, wherever zod is first loaded (it is not in the first download).
 */
const zodJitless = {
  name: 'handpath:zod-jitless',
  enforce: 'pre' as const,
  resolveId(source: string, importer: string | undefined) {
    if (source !== 'zod' || !importer || importer === JITLESS) return null;
    if (importer.includes('/node_modules/') || !importer.includes('/src/')) return null;
    return JITLESS;
  },
};

/**
 * R3F 9 constructs a deprecated THREE.Clock in its store (a warning on every load, see
 * src/scene/r3fClock.ts): swap that one construction for a Clock-compatible class on THREE.Timer.
 * Fails the build if the pattern is gone (an R3F upgrade: then drop this plugin).
 */
const r3fTimerClock = {
  name: 'handpath:r3f-timer-clock',
  transform(code: string, id: string) {
    if (!/@react-three[\\/]fiber[\\/]dist[\\/]events-[^/\\]*\.esm\.js$/.test(id)) return null;
    if (!code.includes('new THREE.Clock()')) throw new Error(`${id}: no "new THREE.Clock()" to replace (R3F upgraded? drop this plugin)`);
    return {
      code: `import { R3FClock as __HandpathR3FClock } from ${JSON.stringify(R3F_CLOCK)};\n` +
        code.replace('new THREE.Clock()', 'new __HandpathR3FClock()'),
      map: null,
    };
  },
};

/**
 * The Content-Security-Policy meta tag of index.html holds for the built app; the dev server
 * drops it, because React Refresh's preamble is an inline script.
 */
const cspOnlyInBuild = {
  name: 'handpath:csp-only-in-build',
  apply: 'serve' as const,
  transformIndexHtml(html: string) {
    return html.replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  },
};

// One config for the app and its tests.
// - unit: pure node tests (domain core, model generator, data files)
// - e2e:  the built app (dist/) in Debian's Chromium with software WebGL
export default defineConfig({
  plugins: [zodJitless, react(), r3fTimerClock, cspOnlyInBuild, pwa()],
  // the same swap in the dev server's pre-bundled dependencies
  optimizeDeps: { rolldownOptions: { plugins: [r3fTimerClock] } },
  base: './',
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // zod and the line that sets it jitless share one chunk: any chunk that builds a schema
            // imports this one, so the setting is in place before the first schema (CSP: no eval).
            { name: 'zod', test: /node_modules[\\/]zod[\\/]|src[\\/]jitless\.ts$/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.{ts,tsx}'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // expect.poll waits for the app (lazy chunks, software WebGL); its 1 s default failed on a loaded CI machine
          expect: { poll: { timeout: 10_000 } },
          fileParallelism: false,
        },
      },
    ],
  },
});
