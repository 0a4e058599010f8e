/**
 * ShareDialog — share the technique shown (or my course plan): a link that carries it in the
 * URL fragment, its QR code for a phone, copy-link, and the size against the limit. A library
 * technique too large to carry falls back to the short library link (the app has it already);
 * one of my techniques too large says so and suggests sending the file.
 *
 * Props: `technique: Technique`; `onClose()`.
 */
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Technique } from '../../domain/technique/schema';
import { loadLibrary } from '../../data/library';
import { useLocalized } from '../../i18n/useLocalized';
import { makeShareLink, type MakeLinkResult } from '../../state/shareLink';
import { useUserData } from '../../state/userData';
import { Dialog } from '../safety/Dialog';
import { QrCode } from './QrCode';
import './share.css';

type What = 'technique' | 'course';

interface Shown {
  url: string | null;
  result: MakeLinkResult;
  /** The library link is used instead of the carried technique. */
  fallback: boolean;
}

function appBase(): string {
  return location.origin + location.pathname;
}

export function ShareDialog({ technique, onClose }: { technique: Technique; onClose: () => void }) {
  const { t } = useTranslation();
  const loc = useLocalized();
  const id = useId();
  const plan = useUserData((s) => s.coursePlan);
  const [what, setWhat] = useState<What>('technique');
  const [shown, setShown] = useState<Shown | null>(null);
  const [copied, setCopied] = useState(false);
  const inLibrary = loadLibrary().techniques.some((x) => x.id === technique.id);

  useEffect(() => {
    let alive = true;
    setCopied(false);
    const source = what === 'course' && plan ? { course: plan } : { technique };
    void makeShareLink(appBase(), source).then((result) => {
      if (!alive) return;
      if (result.ok) setShown({ url: result.url, result, fallback: false });
      else if (what === 'technique' && inLibrary)
        setShown({ url: `${appBase()}?technique=${encodeURIComponent(technique.id)}`, result, fallback: true });
      else setShown({ url: null, result, fallback: false });
    });
    return () => {
      alive = false;
    };
  }, [what, plan, technique, inLibrary]);

  const copy = async () => {
    if (!shown?.url) return;
    try {
      await navigator.clipboard.writeText(shown.url);
    } catch {
      const input = document.getElementById(`${id}-link`) as HTMLInputElement | null;
      input?.select();
      document.execCommand?.('copy');
    }
    setCopied(true);
  };

  return (
    <Dialog open labelledBy={`${id}-h`} describedBy={`${id}-d`} onEscape={onClose} className="share-dialog" testId="share-dialog">
      <h2 id={`${id}-h`}>{t('share.title')}</h2>
      <p id={`${id}-d`} className="muted">
        {t('share.intro')}
      </p>
      {plan && (
        <fieldset className="share-what">
          <legend>{t('share.what')}</legend>
          <label>
            <input type="radio" name={`${id}-what`} checked={what === 'technique'} onChange={() => setWhat('technique')} />{' '}
            {loc(technique.title)}
          </label>
          <label>
            <input type="radio" name={`${id}-what`} checked={what === 'course'} onChange={() => setWhat('course')} data-testid="share-what-course" />{' '}
            {t('share.coursePlan', { count: plan.sessions.length })}
          </label>
        </fieldset>
      )}
      {!shown ? (
        <p role="status">{t('share.making')}</p>
      ) : (
        <>
          <p className="share-size" data-testid="share-size" data-chars={shown.result.chars} data-max={shown.result.max}>
            {shown.result.ok
              ? t('share.size', { chars: shown.result.chars, max: shown.result.max })
              : t('share.tooLarge', { chars: shown.result.chars, max: shown.result.max })}{' '}
            {shown.fallback && t('share.libraryFallback')}
            {!shown.url && t('share.sendFile')}
          </p>
          {shown.url && (
            <>
              <div className="share-link-row">
                <label htmlFor={`${id}-link`} className="sr-only">
                  {t('share.link')}
                </label>
                <input id={`${id}-link`} readOnly value={shown.url} data-testid="share-link" onFocus={(e) => e.target.select()} />
                <button type="button" onClick={() => void copy()} data-testid="share-copy" data-autofocus>
                  {t('share.copy')}
                </button>
              </div>
              <p role="status" className="share-copied">
                {copied ? t('share.copied') : ''}
              </p>
              <QrCode text={shown.url} label={t('share.qrLabel')} testId="share-qr" />
              <p className="muted">{t('share.private')}</p>
            </>
          )}
        </>
      )}
      <div className="share-actions">
        <button type="button" onClick={onClose} data-testid="share-close">
          {t('share.close')}
        </button>
      </div>
    </Dialog>
  );
}
