import { useTranslation } from 'react-i18next';
import { useViewer } from '../state/store';
import { useSelectedTechnique } from '../state/useTechnique';
import { ErrorBoundary } from './ErrorBoundary';
import { NoWebGL } from './NoWebGL';

/** NoWebGL with the chosen technique (a lazy chunk of App: the library is not in the first download). */
export default function NoWebGLView({ lost = false }: { lost?: boolean }) {
  const { t } = useTranslation();
  const technique = useSelectedTechnique();
  if (lost) return <NoWebGL technique={technique} lost />;
  const closeTechnique = {
    label: t('persist.boundary.resetTechnique'),
    action: () => useViewer.getState().selectTechnique(null),
  };
  return (
    <ErrorBoundary part="player" resetKeys={[technique]} reset={closeTechnique}>
      <NoWebGL technique={technique} />
    </ErrorBoundary>
  );
}
