/**
 * The built app's JavaScript, gzip-compressed (level 9): the first download (the entry script
 * and every module it preloads, as listed in dist/index.html) and all chunks.
 * Shared by scripts/bench.ts and scripts/check-budget.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const gzipBytes = (path: string): number =>
  gzipSync(readFileSync(path), { level: 9 }).length;

/** The .js files the page loads before anything is chosen: `<script src>` and `<link rel="modulepreload">`. */
export function initialScripts(distDir: string): string[] {
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const out = new Set<string>();
  for (const m of html.matchAll(
    /<script[^>]*\ssrc="([^"]+\.js)"|<link[^>]*rel="modulepreload"[^>]*href="([^"]+\.js)"/g,
  )) {
    out.add(join(distDir, (m[1] ?? m[2])!.replace(/^\.?\//, '')));
  }
  return [...out];
}

export interface JsSize {
  /** gzip bytes of the first download's scripts */
  initial: number;
  /** gzip bytes of every .js chunk */
  total: number;
  files: { file: string; gzip: number; initial: boolean }[];
}

export function jsSize(distDir: string): JsSize {
  const initial = new Set(initialScripts(distDir));
  const assets = join(distDir, 'assets');
  const files = (readdirSync(assets, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.js') && statSync(join(assets, f)).isFile())
    .map((f) => ({
      file: join(assets, f),
      gzip: gzipBytes(join(assets, f)),
      initial: initial.has(join(assets, f)),
    }));
  return {
    initial: files.filter((f) => f.initial).reduce((s, f) => s + f.gzip, 0),
    total: files.reduce((s, f) => s + f.gzip, 0),
    files,
  };
}
