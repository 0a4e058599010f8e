// zod (jitless, see jitless.ts) is not in the first download: it loads with the modules that need it.
import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import { loadLanguage } from './i18n';
import { App } from './ui/App';
import { pageKind } from './state/url';

// The embed (?embed=1) and the handout (?handout=1) load only when asked for.
// Their strings are not in the first download's shell part: they render once English is loaded
// (the app shell loads it after its first frame; these pages have no 3D first frame to wait for).
const EmbedApp = lazy(() =>
  Promise.all([import('./ui/embed/EmbedApp'), loadLanguage('en')]).then(([m]) => ({ default: m.EmbedApp })),
);
const HandoutPage = lazy(() =>
  Promise.all([import('./ui/handout/HandoutPage'), loadLanguage('en')]).then(([m]) => ({ default: m.HandoutPage })),
);
const page = pageKind(location.search);

const root = document.getElementById('root');
if (!root) throw new Error('#root missing in index.html');
createRoot(root).render(
  <StrictMode>
    {page === 'app' ? (
      <App />
    ) : (
      <Suspense fallback={null}>{page === 'embed' ? <EmbedApp /> : <HandoutPage />}</Suspense>
    )}
  </StrictMode>,
);
