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
 */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import landmarksJson from '../../../data/anatomy/landmarks.json';
import type { Landmark, Vec3 } from '../../domain/anatomy/types';
import { findAcupoint } from '../../domain/technique/acupoints';
import { landmarksFromJson, lookupLandmarks } from '../../domain/quiz/geometry';
import { QUIZ_QUESTIONS, scoreChoice, scoreTap, type QuizQuestion, type QuizResult } from '../../domain/quiz/questions';
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
  const [results, setResults] = useState<Record<string, QuizResult & { answer?: string }>>({});
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
    const r = scoreTap(q, lastTap as Vec3, lm);
    setResults((s) => ({ ...s, [q.id]: r }));
    setArmed(false);
    request.current(false);
  }, [armed, lastTap, q, lm]);

  // Never leave picking on when the panel goes away.
  useEffect(() => () => request.current(false), []);

  const arm = (on: boolean) => {
    baseline.current = lastTap;
    setArmed(on);
    onRequestTap(on);
  };
  const next = () => {
    if (armed) arm(false);
    setIndex((i) => i + 1);
  };
  const restart = () => {
    if (armed) arm(false);
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
                onClick={() => setResults((s) => ({ ...s, [q.id]: scoreChoice(q, o) }))}
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
          ) : (
            <button type="button" className={armed ? 'hp-primary on' : 'hp-primary'} aria-pressed={armed} onClick={() => arm(!armed)} data-testid="quiz-tap">
              {armed ? t('quiz.tapCancel') : t('quiz.tapStart')}
            </button>
          )}
          {armed && (
            <p className="hp-tap-wait" role="status">
              {t('quiz.tapWaiting')}
            </p>
          )}
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
