import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../../domain/technique/schema';
import './export.css';

// The dialog and mediabunny load only when someone exports.
const ExportDialog = lazy(() => import('./ExportDialog').then((m) => ({ default: m.ExportDialog })));

/** "Export video", at the top right of the player dock (floated: the caption wraps beside it, the dock keeps its height); opens the export dialog. */
export function ExportButton({ technique }: { technique: Technique }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <div className="export-open">
      <button onClick={() => setOpen(true)} title={t('export.openHint')} data-testid="export-open">
        {t('export.open')}
      </button>
      {open && (
        <Suspense fallback={null}>
          <ExportDialog technique={technique} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
