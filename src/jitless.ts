import { config } from 'zod';

/**
 * zod compiles object parsers with `new Function` unless told not to; the Content-Security-Policy
 * (index.html) forbids that. Imported first in main.tsx: zod reads the setting when a schema is
 * built, so it must be set before any module builds one.
 */
config({ jitless: true });
