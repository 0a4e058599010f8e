import { useCallback, useState } from 'react';
import { Viewer } from '../scene/Viewer';
import { hasWebGL } from './webgl';
import { NoWebGL } from './NoWebGL';
import { LayerPanel } from './LayerPanel';
import { ViewButtons } from './ViewButtons';
import { HoverLabel } from './HoverLabel';
import { SelectionPanel } from './SelectionPanel';
import { LanguageSwitch } from './LanguageSwitch';
import { TechniqueChooser } from './library/TechniqueChooser';
import { useTranslation } from 'react-i18next';
import './styles.css';

const webgl = hasWebGL();

export function App() {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState(false);
  const onReady = useCallback(() => setLoaded(true), []);
  return (
    <div className="app">
      <header className="topbar">
        <h1>
          {t('app.title')} <span className="muted">· {t('app.tagline')}</span>
        </h1>
        <LanguageSwitch />
      </header>
      <main className="stage" data-loaded={loaded ? 'true' : 'false'}>
        {webgl ? <Viewer onReady={onReady} /> : <NoWebGL />}
        <p className="sr-only" id="canvas-description">
          {t('canvas.description')}
        </p>
        {webgl && !loaded && (
          <div className="loading" role="status" data-testid="loading">
            <span className="spinner" aria-hidden="true" /> {t('app.loading')}
          </div>
        )}
        <HoverLabel />
      </main>
      <aside className="sidebar">
        <TechniqueChooser />
        <ViewButtons />
        <LayerPanel />
        <SelectionPanel />
      </aside>
    </div>
  );
}
