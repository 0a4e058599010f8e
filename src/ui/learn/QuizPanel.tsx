/**
 * QuizPanel — questions on the techniques and safety: multiple choice, and "tap on the back"
 * questions scored on the 3D model (src/domain/quiz).
 *
 * Props:
 * - `onRequestTap(enable: boolean)` — the panel asks the lead's viewer to turn tap-picking on the
 *   3D back on (true) or off (false);
 * - `lastTap: [x, y, z] | null` — the last picked point in the body frame (metres; +Y up, +Z out of
 *   the back, +X the person's right). Pass a NEW array for every tap: a tap is noticed when the
 *   value changes after picking was turned on;
 * - `landmarks?: Landmark[]` — the model's landmarks (default: data/anatomy/landmarks.json);
 * - `questions?: QuizQuestion[]` — default QUIZ_QUESTIONS.
 *
 * A tap question can also be answered by keyboard: a cursor on the skin (focus it, arrows move it
 * 1 cm, Shift+arrows 5 cm, Enter answers), described in words relative to the midline and the
 * nearest vertebra. A cursor rather than a choice among marked spots: it asks the same thing as
 * a tap (find the place from the landmarks) and is scored the same way, and its words work
 * without seeing the picture. While a tap question is open the landmarks it is found from are
 * labelled on the body; after an answer the correct spot(s) and the tap are marked and labelled
 * (src/state/quizMarks.ts → src/scene/QuizMarkers.tsx). A right answer stays right.
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import landmarksJson from '../../../data/anatomy/landmarks.json';
import { VERTEBRAL_LEVELS, type Landmark, type Vec3 } from '../../domain/anatomy/types';
import { findAcupoint } from '../../domain/technique/acupoints';
import { landmarksFromJson, lookupLandmarks } from '../../domain/quiz/geometry';
import { QUIZ_QUESTIONS, scoreChoice, scoreTap, type QuizQuestion, type QuizResult } from '../../domain/quiz/questions';
import { answerTargets, keepRight, questionLandmarks } from '../../domain/quiz/marks';
import { useQuizMarks } from '../../state/quizMarks';
import { useViewer } from '../../state/store';
import { QuizCursor } from './QuizCursor';
import './learn.css';

export interface QuizPanelProps {
  onRequestTap: (enable: boolean) => void;
  lastTap: readonly [number, number, number] | null;
  landmarks?: readonly Landmark[];
  questions?: readonly QuizQuestion[];
}

const DEFAULT_LANDMARKS = landmarksFromJson(landmarksJson);

export function QuizPanel({ onRequestTap, lastTap, landmarks = DEFAULT_LANDMARKS, questions = QUIZ_QUESTIONS }: QuizPanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const id = useId();
  const lm = useMemo(() => lookupLandmarks(landmarks), [landmarks]);
  const [index, setIndex] = useState(0);
  const [results, setResults] = useState<Record<string, QuizResult & { tap?: Vec3 }>>({});
  const [armed, setArmed] = useState(false);
  const baseline = useRef<QuizPanelProps['lastTap']>(null);
  const request = useRef(onRequestTap);
  useEffect(() => {
    request.current = onRequestTap;
  }, [onRequestTap]);

  const done = index >= questions.length;
  const q = questions[Math.min(index, questions.length - 1)];
  const result = q ? results[q.id] : undefined;
  const right = Object.values(results).filter((r) => r.correct).length;
  const answered = Object.keys(results).length;
  const canTap = lm.size > 0;

  // Score a new tap while picking is on.
  useEffect(() => {
    if (!armed || !q || q.kind === 'choice' || lastTap === null || lastTap === baseline.current) return;
    const tap = lastTap as Vec3;
    const r = { ...scoreTap(q, tap, lm), tap };
    setResults((s) => ({ ...s, [q.id]: keepRight(s[q.id], r) }));
    setArmed(false);
    request.current(false);
  }, [armed, lastTap, q, lm]);

  // Never leave picking on, nor marks on the body, when the panel goes away.
  useEffect(
    () => () => {
      request.current(false);
      useQuizMarks.getState().clear();
    },
    [],
  );

  // A tap question brings the lower back up close (once per question; the user may orbit after).
  const tapQuestionId = q && !done && q.kind !== 'choice' ? q.id : null;
  useEffect(() => {
    if (tapQuestionId) useViewer.getState().setView('lumbosacral');
  }, [tapQuestionId]);

  // The body shows the landmarks of the open tap question, then the answer and the tap.
  useEffect(() => {
    const marks = useQuizMarks.getState();
    if (!q || done || q.kind === 'choice') return marks.clear();
    const r = results[q.id];
    let answer = null;
    if (r?.tap) {
      const { spots, strip } = answerTargets(q, lm);
      answer = {
        point: q.kind === 'tap-point' ? q.acupoint : null,
        spots,
        strip,
        stripLevels: q.kind === 'tap-avoid' ? ([q.fromLevel, q.toLevel] as [string, string]) : null,
        tap: r.tap,
        correct: r.correct,
      };
    }
    marks.show({ landmarks: questionLandmarks(q, lm), answer, ...(answer ? { cursor: null } : {}) });
  }, [q, done, results, lm]);

  const arm = (on: boolean) => {
    baseline.current = lastTap;
    setArmed(on);
    onRequestTap(on);
  };
  const next = () => {
    if (armed) arm(false);
    useQuizMarks.getState().show({ cursor: null });
    setIndex((i) => i + 1);
  };
  /** A keyboard answer: the cursor's point, scored as a tap. */
  const answerAt = (tap: Vec3) => {
    if (!q || q.kind === 'choice') return;
    if (armed) arm(false);
    const r = { ...scoreTap(q, tap, lm), tap };
    setResults((s) => ({ ...s, [q.id]: keepRight(s[q.id], r) }));
  };
  /** After a wrong answer: clear it (and its marks) and answer again. */
  const tryAgain = () => {
    if (!q) return;
    setResults((s) => {
      const rest = { ...s };
      delete rest[q.id];
      return rest;
    });
  };
  const restart = () => {
    if (armed) arm(false);
    useQuizMarks.getState().show({ cursor: null });
    setResults({});
    setIndex(0);
  };

  if (!q) return null;
  if (done) {
    return (
      <section className="panel hp-quiz" aria-labelledby={`${id}-h`} data-testid="quiz">
        <h3 id={`${id}-h`}>{t('quiz.title')}</h3>
        <p role="status" data-testid="quiz-finished">
          {t('quiz.finished', { right, total: questions.length })}
        </p>
        <button type="button" className="hp-primary" onClick={restart}>
          {t('quiz.restart')}
        </button>
      </section>
    );
  }

  const explanation = (() => {
    if (!result) return null;
    const params = { ...result.params };
    const extra = q.kind === 'tap-point' ? findAcupoint(q.acupoint)?.description[lang] : undefined;
    return (
      <div className={`hp-quiz-result ${result.correct ? 'right' : 'wrong'}`} role="status" data-testid="quiz-result">
        <strong>{result.correct ? t('quiz.right') : t('quiz.wrong')}</strong> {t(result.explainKey, params)}
        {extra && !result.correct && <p className="hp-muted">{extra}</p>}
      </div>
    );
  })();

  return (
    <section className="panel hp-quiz" aria-labelledby={`${id}-h`} data-testid="quiz">
      <div className="hp-quiz-head">
        <h3 id={`${id}-h`}>{t('quiz.title')}</h3>
        <span className="hp-muted">
          {t('quiz.progress', { n: index + 1, total: questions.length })} · {t('quiz.score', { right, answered })}
        </span>
      </div>
      <p className="hp-quiz-prompt" id={`${id}-p`} data-testid="quiz-prompt">
        {t(`quiz.q.${q.id}.prompt`)}
      </p>
      {q.kind === 'choice' ? (
        <div className="hp-quiz-options" role="group" aria-labelledby={`${id}-p`}>
          {q.options.map((o) => {
            const chosen = result?.params.answer === o;
            const mark = result ? (o === q.correct ? 'correct' : chosen ? 'chosen-wrong' : '') : '';
            return (
              <button
                key={o}
                type="button"
                className={`hp-option ${mark}`}
                disabled={result !== undefined}
                aria-pressed={chosen}
                onClick={() => setResults((s) => ({ ...s, [q.id]: keepRight(s[q.id], scoreChoice(q, o)) }))}
                data-testid={`quiz-option-${o}`}
              >
                <span className="hp-option-mark" aria-hidden="true">
                  {mark === 'correct' ? '✓' : mark === 'chosen-wrong' ? '✗' : ''}
                </span>
                {t(`quiz.q.${q.id}.options.${o}`)}
              </button>
            );
          })}
        </div>
      ) : (
        <div className="hp-quiz-tap">
          {!canTap ? (
            <p className="hp-muted">{t('quiz.noLandmarks')}</p>
          ) : result?.correct ? null : result ? (
            <button type="button" onClick={tryAgain} data-testid="quiz-try-again">
              {t('keys.quiz.tryAgain')}
            </button>
          ) : (
            <>
              <button type="button" className={armed ? 'hp-primary on' : 'hp-primary'} aria-pressed={armed} onClick={() => arm(!armed)} data-testid="quiz-tap">
                {armed ? t('quiz.tapCancel') : t('quiz.tapStart')}
              </button>
              <QuizCursor key={q.id} lm={lm} lang={lang} onAnswer={answerAt} />
            </>
          )}
          {armed && (
            <p className="hp-tap-wait" role="status">
              {t('quiz.tapWaiting')}
            </p>
          )}
          {canTap && <LandmarksNote ids={questionLandmarks(q, lm)} />}
        </div>
      )}
      {explanation}
      <div className="buttons hp-quiz-nav">
        <button type="button" onClick={next} data-testid="quiz-next">
          {t('quiz.next')}
        </button>
        {answered > 0 && (
          <button type="button" onClick={restart}>
            {t('quiz.restart')}
          </button>
        )}
      </div>
    </section>
  );
}

/** The landmarks labelled on the body for this question, also in words. */
function LandmarksNote({ ids }: { ids: string[] }) {
  const { t } = useTranslation();
  if (ids.length === 0) return null;
  const names = ids.map((id) => ((VERTEBRAL_LEVELS as readonly string[]).includes(id) ? id : t(`landmarks.${id.replace(/-(left|right)$/, '')}`)));
  const list = [...new Set(names)].join(', ');
  return (
    <p className="hp-muted" data-testid="quiz-landmarks-note">
      {t('keys.quiz.landmarksShown', { list })}
    </p>
  );
}
