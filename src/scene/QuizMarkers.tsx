import { useEffect, useMemo, type CSSProperties } from 'react';
import { Html } from '@react-three/drei';
import { useThree } from '@react-three/fiber';
import { useTranslation } from 'react-i18next';
import { LANDMARKS_FILE } from '../state/anatomy';
import { useQuizMarks } from '../state/quizMarks';
import { VERTEBRAL_LEVELS, type Vec3 } from '../domain/anatomy/types';
import './quizMarkers.css';

const isLevel = (id: string) => (VERTEBRAL_LEVELS as readonly string[]).includes(id);
const LIFT = 0.004; // marks sit just above the skin
const up = (p: Vec3): Vec3 => [p[0], p[1], p[2] + LIFT];

const COLORS = { landmark: '#10324f', target: '#1a7f37', tap: '#c62828', tapRight: '#1a7f37', cursor: '#7b3fb3' } as const;

/** A dot drawn over everything (the hands and the skin never hide it), with a label beside it. */
function Mark({ at, color, radius, label, kind, testId, labelStyle }: { at: Vec3; color: string; radius: number; label: string; kind: string; testId: string; labelStyle: CSSProperties }) {
  return (
    <group position={up(at)}>
      <mesh renderOrder={10}>
        <sphereGeometry args={[radius, 16, 12]} />
        <meshBasicMaterial color={color} depthTest={false} transparent opacity={0.95} />
      </mesh>
      <Html center={false} style={{ pointerEvents: 'none', ...labelStyle }} zIndexRange={[6, 0]}>
        <span className={`quiz-mark-label ${kind}`} data-testid={testId}>
          {label}
        </span>
      </Html>
    </group>
  );
}

const RIGHT_OF: CSSProperties = { transform: 'translate(8px, -50%)' };
const LEFT_OF: CSSProperties = { transform: 'translate(calc(-100% - 8px), -50%)' };
const BELOW: CSSProperties = { transform: 'translate(-50%, 10px)' };
// Correct spots: the left one's label up and to the left, the right one's up and to the right
// (paired points are close together; their labels must not cover each other or the midline).
const ABOVE_LEFT: CSSProperties = { transform: 'translate(calc(-100% - 4px), calc(-100% - 6px))' };
const ABOVE_RIGHT: CSSProperties = { transform: 'translate(4px, calc(-100% - 6px))' };

/**
 * The quiz on the body (src/state/quizMarks.ts): the landmarks the open question is found from,
 * labelled; the keyboard cursor; after an answer the correct spot(s) or strip and the user's
 * tap, each labelled.
 */
export function QuizMarkers() {
  const { t } = useTranslation();
  const { landmarks, cursor, answer } = useQuizMarks();
  const invalidate = useThree((s) => s.invalidate);
  // A narrow view (a phone) gets short labels, and the landmarks' labels under their dots.
  const narrow = useThree((s) => s.size.width < 520);
  useEffect(() => invalidate(), [landmarks, cursor, answer, invalidate]);
  const shown = useMemo(() => LANDMARKS_FILE.landmarks.filter((l) => landmarks.includes(l.id)), [landmarks]);
  const sideWord = (s: string) => t(`keys.quiz.side.${s}`);

  return (
    <group name="quiz-markers">
      {shown.map((l) => (
        <Mark
          key={l.id}
          at={l.skin}
          color={COLORS.landmark}
          radius={0.0045}
          kind="landmark"
          testId={`quiz-landmark-${l.id}`}
          labelStyle={narrow ? BELOW : l.side === 'left' ? LEFT_OF : RIGHT_OF}
          label={isLevel(l.id) ? l.id : t(`landmarks.${l.id.replace(/-(left|right)$/, '')}`)}
        />
      ))}
      {cursor && !answer && <Mark at={cursor} color={COLORS.cursor} radius={0.006} kind="cursor" testId="quiz-cursor-mark" labelStyle={BELOW} label={t('keys.quiz.cursor.label')} />}
      {answer?.strip && (
        <mesh position={[(answer.strip[0][0] + answer.strip[1][0]) / 2, (answer.strip[0][1] + answer.strip[1][1]) / 2, Math.max(answer.strip[0][2], answer.strip[1][2]) + LIFT]} renderOrder={9}>
          <planeGeometry args={[0.04, Math.abs(answer.strip[0][1] - answer.strip[1][1])]} />
          <meshBasicMaterial color={COLORS.target} depthTest={false} transparent opacity={0.45} />
        </mesh>
      )}
      {answer?.spots.map((s, i) => (
        <Mark
          key={`spot-${i}`}
          at={s.position}
          color={COLORS.target}
          radius={0.007}
          kind="target"
          testId={`quiz-target-${s.side}`}
          labelStyle={answer.strip ? RIGHT_OF : s.side === 'left' ? ABOVE_LEFT : ABOVE_RIGHT}
          label={
            answer.point === null && answer.strip
              ? t('keys.quiz.strip', { from: answer.stripLevels?.[0] ?? '', to: answer.stripLevels?.[1] ?? '' })
              : narrow
                ? t('keys.quiz.short.target', { point: answer.point })
                : s.side === 'midline'
                ? t('keys.quiz.target', { point: answer.point })
                : t('keys.quiz.targetSide', { point: answer.point, side: sideWord(s.side) })
          }
        />
      ))}
      {answer && (
        <Mark
          at={answer.tap}
          color={answer.correct ? COLORS.tapRight : COLORS.tap}
          radius={0.0055}
          kind={`tap${answer.correct ? ' right' : ''}`}
          testId="quiz-tap-mark"
          // Narrow: up and towards the midline, clear of the spot's label (outside) and the landmarks' (below).
          labelStyle={narrow ? (answer.tap[0] >= 0 ? ABOVE_LEFT : ABOVE_RIGHT) : BELOW}
          label={t(`keys.quiz.${narrow ? 'short.' : ''}${answer.correct ? 'yourTapRight' : 'yourTap'}`)}
        />
      )}
    </group>
  );
}

