import { useTranslation } from 'react-i18next';
import { loadLibrary } from '../data/library';
import { useUserData } from '../state/userData';
import { useViewer } from '../state/store';
import { QuizPanel } from './learn/QuizPanel';
import { CoursePlanner } from './learn/CoursePlanner';
import { filterForAcutePain } from './safety/acutePain';
import { ErrorBoundary } from './ErrorBoundary';
import { NerveTour } from './NerveTour';

/**
 * Learning: the sciatic-nerve explainer (a guided look, not a view setting), the trainee quiz
 * (answered by tapping the 3D back) and the course planner, each guarded on its own.
 */
export function LearnTab() {
  const { t } = useTranslation();
  const lastTap = useViewer((s) => s.lastTap);
  const acutePain = useUserData((s) => s.acutePain);
  const { shown } = filterForAcutePain(loadLibrary().techniques, acutePain);
  return (
    <>
      <ErrorBoundary part="tour">
        <NerveTour />
      </ErrorBoundary>
      <ErrorBoundary part="quiz">
        <QuizPanel onRequestTap={(on) => useViewer.getState().setTapMode(on)} lastTap={lastTap} />
      </ErrorBoundary>
      <ErrorBoundary
        part="course"
        reset={{ label: t('persist.boundary.resetPlan'), action: () => useUserData.getState().saveCoursePlan(null) }}
      >
        <CoursePlanner techniques={shown} />
      </ErrorBoundary>
    </>
  );
}
