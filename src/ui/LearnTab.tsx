import { loadLibrary } from '../data/library';
import { useUserData } from '../state/userData';
import { useViewer } from '../state/store';
import { QuizPanel } from './learn/QuizPanel';
import { CoursePlanner } from './learn/CoursePlanner';
import { filterForAcutePain } from './safety/acutePain';

/** The trainee quiz (answered by tapping the 3D back) and the course planner. */
export function LearnTab() {
  const lastTap = useViewer((s) => s.lastTap);
  const acutePain = useUserData((s) => s.acutePain);
  const { shown } = filterForAcutePain(loadLibrary().techniques, acutePain);
  return (
    <>
      <QuizPanel onRequestTap={(on) => useViewer.getState().setTapMode(on)} lastTap={lastTap} />
      <CoursePlanner techniques={shown} />
    </>
  );
}
