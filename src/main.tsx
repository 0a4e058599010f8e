import { StrictMode, lazy, Suspense } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import { App } from './ui/App';
import { pageKind } from './state/url';

// The embed (?embed=1) and the handout (?handout=1) load only when asked for.
const EmbedApp = lazy(() => import('./ui/embed/EmbedApp').then((m) => ({ default: m.EmbedApp })));
const HandoutPage = lazy(() => import('./ui/handout/HandoutPage').then((m) => ({ default: m.HandoutPage })));
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
