/**
 * ShareButtons — under the player: "Share…" (link + QR code), "Picture" (PNG of the view at 2×
 * with a caption strip) and "Handout" (a printable page in a new tab).
 *
 * Props: `technique: Technique` (the one shown).
 */
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../../domain/technique/schema';
import { useLocalized } from '../../i18n/useLocalized';
import { playback } from '../../state/playback';
import { downloadCanvas, renderPicture } from './picture';
import './share.css';

// The dialog (and the QR code package) loads on first use: not part of the first download.
const ShareDialog = lazy(() => import('./ShareDialog').then((m) => ({ default: m.ShareDialog })));

const clock = (s: number) => `${Math.floor(s / 60)}:${String(Math.floor(s % 60)).padStart(2, '0')}`;

export function ShareButtons({ technique }: { technique: Technique }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const [open, setOpen] = useState(false);
  const [problem, setProblem] = useState(false);

  const picture = async () => {
    const i = Math.max(0, playback.sample.stepIndex);
    const step = technique.steps[i];
    const canvas = renderPicture({
      title: loc(technique.title),
      step: t('share.picture.step', { n: i + 1, total: technique.steps.length }),
      caption: step ? loc(step.caption) : '',
      time: clock(playback.t),
      safety: t('share.safetyLine'),
    });
    const ok = canvas ? await downloadCanvas(canvas, `${technique.id}-${Math.round(playback.t * 10) / 10}s.png`) : false;
    setProblem(!ok);
  };

  // The new tab has the same language (saved choice) and the same stored techniques and plan.
  const handoutHref = `${location.pathname}?handout=1&technique=${encodeURIComponent(technique.id)}`;

  return (
    <div className="share-buttons">
      <button type="button" onClick={() => setOpen(true)} data-testid="share-open">
        {t('share.button')}
      </button>
      <button type="button" onClick={() => void picture()} data-testid="share-picture">
        {t('share.picture.button')}
      </button>
      <a className="button" href={handoutHref} target="_blank" rel="noopener" data-testid="share-handout">
        {t('share.handout.button')} <span className="sr-only">{t('share.newTab')}</span>
      </a>
      {problem && (
        <span role="alert" className="share-problem">
          {t('share.picture.failed')}
        </span>
      )}
      {open && (
        <Suspense fallback={null}>
          <ShareDialog technique={technique} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
