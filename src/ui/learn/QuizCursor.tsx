import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Vec3 } from '../../domain/anatomy/types';
import { cursorStart, describeCursor, moveCursor } from '../../domain/quiz/marks';
import type { LandmarkLookup } from '../../domain/quiz/geometry';
import { useQuizMarks } from '../../state/quizMarks';
import './quizCursor.css';

const STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * Answering a "tap on the back" question by keyboard: one Tab stop; the arrow keys move a cursor
 * over the skin (1 cm a press, 5 cm with Shift; seen from behind, so → is the person's right),
 * Enter or Space answers there. The cursor is drawn on the body (QuizMarkers) and its place is
 * said in words (a polite live region): "2 cm to the right of the midline, 1 cm below L2".
 */
export function QuizCursor({ lm, lang, onAnswer }: { lm: LandmarkLookup; lang: 'en' | 'ru'; onAnswer: (p: Vec3) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [p, setP] = useState<Vec3 | null>(null);
  const show = (v: Vec3) => {
    setP(v);
    useQuizMarks.getState().show({ cursor: v });
  };
  const onKey = (e: KeyboardEvent) => {
    const here = p ?? cursorStart(lm);
    const step = STEPS[e.key];
    if (step) {
      const k = e.shiftKey ? 5 : 1;
      show(moveCursor(here, step[0] * k, step[1] * k, lm));
    } else if (e.key === 'Enter' || e.key === ' ') {
      onAnswer(here);
    } else return;
    // The player's keys (←/→ seek, Space play) and page scrolling stay out of it.
    e.preventDefault();
    e.stopPropagation();
  };
  const fmt = (n: number) => n.toLocaleString(lang, { maximumFractionDigits: 1 });
  const where = p ? describeCursor(p, lm) : null;
  const words = where
    ? t('keys.quiz.cursor.where', {
        across: where.side === 'midline' ? t('keys.quiz.cursor.midline') : t('keys.quiz.cursor.off', { count: where.offCm, n: fmt(where.offCm), side: t(`keys.quiz.side.${where.side}`) }),
        height:
          !where.level || Math.abs(where.dyCm) < 0.5
            ? t('keys.quiz.cursor.atLevel', { level: where.level ?? '' })
            : t(where.dyCm > 0 ? 'keys.quiz.cursor.above' : 'keys.quiz.cursor.below', { count: Math.abs(where.dyCm), n: fmt(Math.abs(where.dyCm)), level: where.level }),
      })
    : '';
  return (
    <div className="hp-quiz-cursor">
      <p className="hp-muted" id={`${id}-help`}>
        {t('keys.quiz.cursor.help')}
      </p>
      <div
        role="application"
        tabIndex={0}
        aria-label={t('keys.quiz.cursor.label')}
        aria-describedby={`${id}-help`}
        className="hp-cursor-pad"
        onFocus={() => {
          if (!p) show(cursorStart(lm));
        }}
        onKeyDown={onKey}
        data-testid="quiz-cursor"
      >
        {t('keys.quiz.cursor.label')}:{' '}
        <span aria-live="polite" data-testid="quiz-cursor-where">
          {words || t('keys.quiz.cursor.start')}
        </span>
      </div>
    </div>
  );
}
