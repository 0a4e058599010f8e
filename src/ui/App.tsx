import { useCallback, useState } from 'react';
import { Viewer } from '../scene/Viewer';
import { hasWebGL } from './webgl';
import { NoWebGL } from './NoWebGL';
import { LayerPanel } from './LayerPanel';
import { ViewButtons } from './ViewButtons';
import { HoverLabel } from './HoverLabel';
import { SelectionPanel } from './SelectionPanel';
import './styles.css';

const webgl = hasWebGL();

export function App() {
  const [loaded, setLoaded] = useState(false);
  const onReady = useCallback(() => setLoaded(true), []);
  return (
    <div className="app">
      <header className="topbar">
        <h1>
          Handpath <span className="muted">· massage techniques for the lower back, in 3D</span>
        </h1>
      </header>
      <main className="stage" data-loaded={loaded ? 'true' : 'false'}>
        {webgl ? <Viewer onReady={onReady} /> : <NoWebGL />}
        {webgl && !loaded && (
          <div className="loading" role="status" data-testid="loading">
            <span className="spinner" aria-hidden="true" /> Loading the 3D back…
          </div>
        )}
        <HoverLabel />
      </main>
      <aside className="sidebar">
        <ViewButtons />
        <LayerPanel />
        <SelectionPanel />
      </aside>
    </div>
  );
}
