/**
 * HandoutPage (`?handout=1&technique=<id>[&course=1]`) — a printable page for one technique:
 * title, level and length, summary, the precautions that apply (in full), each step's figure
 * (StepDiagram) with its caption and dose, a QR code of the share link, and — when chosen — the
 * course plan kept in this browser. The browser's print dialog saves it as a PDF (handout.css
 * holds the print stylesheet). Works for library techniques and for My techniques.
 */
import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ACUPOINTS } from '../../domain/technique/acupoints';
import { applicablePrecautions } from '../../domain/safety';
import type { Technique } from '../../domain/technique/schema';
import { loadLibrary } from '../../data/library';
import { useLocalized } from '../../i18n/useLocalized';
import { makeShareLink } from '../../state/shareLink';
import { useViewer } from '../../state/store';
import { useUserData } from '../../state/userData';
import { useUserTechniques } from '../../state/userTechniques';
import { StepDiagram } from '../illustration/StepDiagram';
import { stepFigure } from '../illustration/stepFigure';
import { figureLabel, stepDetails, type Translate } from '../illustration/stepWords';
import { LanguageSwitch } from '../LanguageSwitch';
import { QrCode } from '../share/QrCode';
import { HandoutCourse } from './HandoutCourse';
import '../illustration/illustration.css';
import '../styles.css';
import './handout.css';

function query() {
  const q = new URLSearchParams(location.search);
  return { id: q.get('technique') ?? '', course: q.get('course') === '1' };
}

export function HandoutPage() {
  const { t } = useTranslation();
  const [{ id, course: courseAtStart }] = useState(query);
  const [withCourse, setWithCourse] = useState(courseAtStart);
  const status = useUserTechniques((s) => s.status);
  const user = useViewer((s) => s.userTechniques);
  useEffect(() => {
    void useUserTechniques.getState().load();
  }, []);
  const technique = loadLibrary().techniques.find((x) => x.id === id) ?? user.find((x) => x.id === id);
  const reading = status === 'idle' || status === 'loading';

  const toggleCourse = (on: boolean) => {
    setWithCourse(on);
    const q = new URLSearchParams(location.search);
    if (on) q.set('course', '1');
    else q.delete('course');
    history.replaceState(null, '', `?${q.toString()}`);
  };

  return (
    <div className="handout-page">
      <div className="handout-toolbar" data-testid="handout-toolbar">
        <button type="button" onClick={() => window.print()} disabled={!technique} data-testid="handout-print">
          {t('share.handout.print')}
        </button>
        <label className="check">
          <input type="checkbox" checked={withCourse} onChange={(e) => toggleCourse(e.target.checked)} data-testid="handout-with-course" />
          {t('share.handout.withCourse')}
        </label>
        <a href={`${location.pathname}${id ? `?technique=${encodeURIComponent(id)}` : ''}`}>{t('share.handout.back')}</a>
        <span className="handout-lang">
          <LanguageSwitch />
        </span>
      </div>
      {technique ? (
        <Handout technique={technique} withCourse={withCourse} />
      ) : (
        <p role="status" className="handout-missing" data-testid="handout-missing">
          {reading ? t('share.handout.loading') : t('share.handout.unknown', { id })}
        </p>
      )}
    </div>
  );
}

function Handout({ technique, withCourse }: { technique: Technique; withCourse: boolean }) {
  const { t: i18nT, i18n } = useTranslation();
  const t: Translate = (key, params) => i18nT(key, params ?? {});
  const loc = useLocalized();
  const lang = i18n.language === 'ru' ? 'ru' : 'en';
  const titleId = useId();
  const plan = useUserData((s) => s.coursePlan);
  const figures = useMemo(() => technique.steps.map((s) => stepFigure(s, ACUPOINTS)), [technique]);
  const precautions = applicablePrecautions(technique);
  const [link, setLink] = useState<{ url: string | null; library: boolean } | null>(null);
  useEffect(() => {
    let alive = true;
    const base = location.origin + location.pathname;
    const inLibrary = loadLibrary().techniques.some((x) => x.id === technique.id);
    void makeShareLink(base, { technique }).then((r) => {
      if (!alive) return;
      if (r.ok) setLink({ url: r.url, library: false });
      else setLink(inLibrary ? { url: `${base}?technique=${encodeURIComponent(technique.id)}`, library: true } : { url: null, library: false });
    });
    return () => {
      alive = false;
    };
  }, [technique]);

  useEffect(() => {
    document.title = `${loc(technique.title)} · Handpath`;
  });

  return (
    <article className="handout" aria-labelledby={titleId} data-testid="handout">
      <header className="handout-head">
        <div>
          <p className="handout-brand">Handpath</p>
          <h1 id={titleId}>{loc(technique.title)}</h1>
          <p className="handout-meta" data-testid="handout-meta">
            {t(`library.type.${technique.type}`)} · {t('share.handout.level')}: {t(`library.level.${technique.level}`)} ·{' '}
            {t('share.handout.duration', { count: technique.duration_min })}
          </p>
          <p className="handout-summary">{loc(technique.summary)}</p>
        </div>
        <figure className="handout-qr" data-testid="handout-qr">
          {link?.url ? <QrCode text={link.url} label={t('share.qrLabel')} size={120} testId="handout-qr-code" /> : null}
          <figcaption>
            <strong>{t('share.handout.qr')}</strong>
            <br />
            {link?.url ? (link.library ? t('share.handout.qrLibrary') : t('share.handout.qrNote')) : link ? t('share.handout.qrNone') : ''}
          </figcaption>
        </figure>
      </header>

      <section className="handout-precautions" data-testid="handout-precautions">
        <h2>{t('share.handout.precautions')}</h2>
        <ul>
          {precautions.map((p) => (
            <li key={p.id}>
              <strong>{p.precaution?.title[lang] ?? p.id}.</strong> {p.precaution?.text[lang] ?? ''}
            </li>
          ))}
        </ul>
        <p className="handout-safety">{t('share.safetyLine')}</p>
      </section>

      <section className="handout-steps">
        <h2>{t('share.handout.steps')}</h2>
        <ol>
          {technique.steps.map((step, i) => {
            const fig = figures[i];
            if (!fig) return null;
            return (
              <li key={i} className="handout-step" data-testid="handout-step">
                <div className="handout-figure">
                  <StepDiagram figure={fig} label={figureLabel(step, i, fig, t)} leftLabel={t('illustration.figure.leftShort')} rightLabel={t('illustration.figure.rightShort')} />
                </div>
                <div className="handout-text">
                  <h3>
                    {i + 1}. {t(`illustration.move.${step.move}`)}
                  </h3>
                  <p className="handout-caption" data-testid="handout-caption">
                    {loc(step.caption)}
                  </p>
                  <ul className="handout-dose">
                    {stepDetails(step, t).map((d) => (
                      <li key={d}>{d}</li>
                    ))}
                  </ul>
                </div>
              </li>
            );
          })}
        </ol>
      </section>
      {withCourse && <HandoutCourse plan={plan} />}
    </article>
  );
}
