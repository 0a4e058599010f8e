/**
 * RedFlagCheck — the short, kind safety check before the first technique plays.
 *
 * Props:
 * - `open: boolean` — show the dialog;
 * - `onDone(result: 'clear' | 'doctor' | 'urgent')` — the user finished (acknowledged the result);
 * - `onClose()` — the user closed it without finishing (only offered when `dismissible`);
 * - `dismissible?: boolean` — allow closing with Escape / a Close button (default false: the
 *   first check must be answered; pass true when the user re-opens it to review answers). The
 *   urgent result can never be dismissed with Escape, only acknowledged.
 *
 * One yes/no question per red flag of data/safety/red-flags.json (emergency ones first). Answers
 * are kept in `useUserData` (this browser only; the dialog says so) and shown again when the
 * check is re-opened, so they can be reviewed and changed.
 */
import { useEffect, useId, useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { SAFETY, type RedFlag, type RedFlagId } from '../../domain/safety';
import { useUserData } from '../../state/userData';
import { assessRedFlags, redFlagQuestions, type RedFlagLevel } from './assess';
import { Dialog } from './Dialog';
import { SourceList } from './SourceList';

export interface RedFlagCheckProps {
  open: boolean;
  onDone: (result: RedFlagLevel) => void;
  onClose: () => void;
  dismissible?: boolean;
}

export function RedFlagCheck({ open, onDone, onClose, dismissible = false }: RedFlagCheckProps) {
  // Remount the body at each opening so it starts on the questions.
  return open ? <RedFlagCheckBody onDone={onDone} onClose={onClose} dismissible={dismissible} /> : null;
}

function RedFlagCheckBody({ onDone, onClose, dismissible }: Omit<RedFlagCheckProps, 'open'> & { dismissible: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const answers = useUserData((s) => s.redFlagAnswers);
  const checkedAt = useUserData((s) => s.redFlagCheckedAt);
  const { setRedFlagAnswer, completeRedFlagCheck, clearRedFlagAnswers } = useUserData.getState();
  const [phase, setPhase] = useState<'questions' | 'result'>('questions');
  const [showMissing, setShowMissing] = useState(false);
  const id = useId();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const resultDone = useRef<HTMLButtonElement>(null);
  const questionsHeading = useRef<HTMLHeadingElement>(null);
  const sawResult = useRef(false);
  const questions = redFlagQuestions();
  const assessment = assessRedFlags(answers);
  const answered = questions.length - assessment.unanswered.length;

  // Move focus to the new screen's title (the dialog itself focuses the first one on opening).
  // A clear result (announced by its status banner) focuses Continue instead: one key to go on.
  useEffect(() => {
    if (phase === 'result') {
      sawResult.current = true;
      if (assessRedFlags(useUserData.getState().redFlagAnswers).level === 'clear') resultDone.current?.focus();
      else resultHeading.current?.focus();
    } else if (sawResult.current) questionsHeading.current?.focus();
  }, [phase]);

  const seeResult = () => {
    if (!assessment.complete) {
      setShowMissing(true);
      const first = document.getElementById(`${id}-q-${assessment.unanswered[0]}`);
      first?.querySelector<HTMLInputElement>('input')?.focus();
      return;
    }
    completeRedFlagCheck();
    setPhase('result');
  };

  const escapable = dismissible && !(phase === 'result' && assessment.level === 'urgent');
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;

  const question = (f: RedFlag) => {
    const qid = `${id}-q-${f.id}`;
    const value = answers[f.id];
    const missing = showMissing && value === undefined;
    return (
      <fieldset key={f.id} id={qid} className={`hp-question ${missing ? 'missing' : ''}`} data-testid={`redflag-${f.id}`}>
        <legend>{f.text[lang]}</legend>
        <div className="hp-yesno" role="presentation">
          {(['no', 'yes'] as const).map((v) => (
            <label key={v} className={`hp-choice ${value === v ? 'checked' : ''} ${v}`}>
              <input
                type="radio"
                name={qid}
                value={v}
                checked={value === v}
                onChange={() => setRedFlagAnswer(f.id as RedFlagId, v)}
                data-testid={`redflag-${f.id}-${v}`}
              />
              <span>{t(`redFlagCheck.${v}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
    );
  };

  const urgentQs = questions.filter((f) => f.urgency === 'emergency');
  const doctorQs = questions.filter((f) => f.urgency !== 'emergency');

  return (
    <Dialog open labelledBy={titleId} describedBy={descId} onEscape={escapable ? onClose : undefined} testId="redflag-check" className="hp-redflag">
      {phase === 'questions' ? (
        <>
          <header className="hp-dialog-head">
            <h2 id={titleId} ref={questionsHeading} tabIndex={-1} data-autofocus>
              {t('redFlagCheck.title')}
            </h2>
            {dismissible && (
              <button type="button" className="hp-close" onClick={onClose} aria-label={t('safetyCommon.close')}>
                ×
              </button>
            )}
          </header>
          <div className="hp-dialog-body">
            <p id={descId}>{t('redFlagCheck.intro')}</p>
            <p className="hp-private">{t('safetyCommon.storedLocally')}</p>
            {checkedAt && <p className="hp-muted">{t('redFlagCheck.lastChecked', { date: new Date(checkedAt).toLocaleDateString(lang) })}</p>}
            <h3 className="hp-group">{t('redFlagCheck.groupUrgent')}</h3>
            <p className="hp-muted hp-q-hint">{t('redFlagCheck.question')}</p>
            {urgentQs.map(question)}
            <h3 className="hp-group">{t('redFlagCheck.groupDoctor')}</h3>
            {doctorQs.map(question)}
          </div>
          <footer className="hp-dialog-foot">
            <span className="hp-muted" aria-live="polite">
              {showMissing && !assessment.complete ? t('redFlagCheck.answerAll') : t('redFlagCheck.progress', { n: answered, total: questions.length })}
            </span>
            {dismissible && answered > 0 && (
              <button type="button" onClick={clearRedFlagAnswers} data-testid="redflag-forget">
                {t('redFlagCheck.forget')}
              </button>
            )}
            <button type="button" className="hp-primary" onClick={seeResult} data-testid="redflag-result">
              {t('redFlagCheck.seeResult')}
            </button>
          </footer>
        </>
      ) : (
        <RedFlagResult
          level={assessment.level}
          reasons={assessment.reasons}
          lang={lang}
          titleId={titleId}
          descId={descId}
          headingRef={resultHeading}
          doneRef={resultDone}
          onChange={() => setPhase('questions')}
          onDone={() => onDone(assessment.level)}
        />
      )}
    </Dialog>
  );
}

interface ResultProps {
  level: RedFlagLevel;
  reasons: RedFlagId[];
  lang: 'en' | 'ru';
  titleId: string;
  descId: string;
  headingRef: RefObject<HTMLHeadingElement | null>;
  doneRef: RefObject<HTMLButtonElement | null>;
  onChange: () => void;
  onDone: () => void;
}

function RedFlagResult({ level, reasons, lang, titleId, descId, headingRef, doneRef, onChange, onDone }: ResultProps) {
  const { t } = useTranslation();
  const flags = reasons.map((r) => SAFETY.redFlags.red_flags.find((f) => f.id === r)).filter((f): f is RedFlag => f !== undefined);
  const sourceIds = [...new Set(flags.flatMap((f) => f.sources))];
  return (
    <div className={`hp-result ${level}`} data-testid={`redflag-level-${level}`}>
      <div className="hp-dialog-body">
        <div className="hp-result-banner" role={level === 'clear' ? 'status' : 'alert'}>
          <span className="hp-result-icon" aria-hidden="true">
            {level === 'urgent' ? '!' : level === 'doctor' ? 'i' : '✓'}
          </span>
          <h2 id={titleId} ref={headingRef} tabIndex={-1}>
            {t(`redFlagCheck.result.${level}.title`)}
          </h2>
        </div>
        <p id={descId}>{t(`redFlagCheck.result.${level}.text`)}</p>
        {level === 'urgent' && <p className="hp-because" data-testid="redflag-play-blocked">{t('safetyLogic.blocked.text')}</p>}
        {flags.length > 0 && (
          <>
            <p className="hp-because">{t(`redFlagCheck.result.${level === 'urgent' ? 'urgent' : 'doctor'}.because`)}</p>
            <ul className="hp-reasons">
              {flags.map((f) => (
                <li key={f.id} className={f.urgency}>
                  {f.text[lang]}
                </li>
              ))}
            </ul>
            <SourceList ids={sourceIds} sources={SAFETY.redFlags.sources} />
          </>
        )}
        <p className="hp-muted">{t('safetyCommon.notAdvice')}</p>
      </div>
      <footer className="hp-dialog-foot">
        <button type="button" onClick={onChange} data-testid="redflag-change">
          {t('redFlagCheck.change')}
        </button>
        <button type="button" ref={doneRef} className="hp-primary" onClick={onDone} data-testid="redflag-done">
          {level === 'clear' ? t('redFlagCheck.continue') : t('redFlagCheck.understood')}
        </button>
      </footer>
    </div>
  );
}
