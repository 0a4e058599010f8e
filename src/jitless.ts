import { config } from 'zod';

/**
 * zod compiles object parsers with `new Function` unless told not to; the Content-Security-Policy
 * (index.html) forbids that. zod reads the setting when a schema is built, so it must be set
 * before any module builds one: every `import … from 'zod'` in src/ resolves to this module
 * (vite.config.ts, `zodJitless`), which sets it and then re-exports zod. So zod loads with the
 * first module that needs it, not in the first download (issue 13 §6).
 */
config({ jitless: true });

export * from 'zod';
