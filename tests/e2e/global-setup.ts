import { existsSync } from 'node:fs';
import { preview, type PreviewServer } from 'vite';
import { CHROMIUM_PATH } from './browser';

let server: PreviewServer | undefined;

/** Serves the built app (dist/) for the browser tests. `npm test` builds it first. */
export async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: apt-get install -y chromium chromium-driver`,
    );
  }
  if (!existsSync('dist/index.html')) {
    throw new Error('dist/ is missing: run `npm run build` before the browser tests (npm test does).');
  }
  server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  process.env.HANDPATH_E2E_URL = url;
}

export async function teardown(): Promise<void> {
  await server?.close();
}
