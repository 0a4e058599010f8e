/**
 * ShareLinkOpener — opens a `#share=` / `#course=` link (on load, and when only the fragment
 * changes) and says what happened: the technique opened (and under which name), the course plan
 * offered (keep / dismiss), or the problems, shown like those of an imported file (ErrorCards).
 * The fragment is removed from the address once opened, so a reload does not open it twice.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocalized } from '../../i18n/useLocalized';
import type { TFunction } from 'i18next';
import { readShareFragment, type ShareFragment } from '../../state/shareLink';
import { useViewer } from '../../state/store';
import { useUserData } from '../../state/userData';
import { ErrorCards } from '../library/ErrorCards';
import { openSharedLink, type OpenedShare } from './openSharedLink';
import './share.css';

/** One opening per fragment, also when an effect runs twice (React's StrictMode in development). */
let pending: { hash: string; result: Promise<OpenedShare> } | null = null;
function openOnce(hash: string, frag: ShareFragment, t: TFunction): Promise<OpenedShare> {
  if (pending?.hash !== hash) pending = { hash, result: openSharedLink(frag, t) };
  return pending.result;
}

export function ShareLinkOpener() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const [state, setState] = useState<OpenedShare | 'opening' | null>(null);

  useEffect(() => {
    let alive = true;
    const read = () => {
      const hash = location.hash;
      const frag = readShareFragment(hash);
      if (!frag) return;
      setState('opening');
      void openOnce(hash, frag, t).then((r) => {
        // The fragment goes once it is read (a reload does not open it twice).
        if (location.hash === hash) history.replaceState(history.state, '', location.pathname + location.search);
        if (alive) setState(r);
      });
    };
    read();
    window.addEventListener('hashchange', read);
    return () => {
      alive = false;
      window.removeEventListener('hashchange', read);
    };
    // t changes with the language; the link is read once.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  if (!state) return null;
  const close = () => setState(null);
  if (state === 'opening')
    return (
      <div className="share-notice" role="status" data-testid="share-opening">
        {t('share.opening')}
      </div>
    );
  if (state.kind === 'error')
    return (
      <div className="share-notice error" data-testid="share-errors">
        <p>
          <strong>{t('share.openFailed')}</strong> {t('share.openFailedHint')}
        </p>
        <ErrorCards errors={state.errors} testId="share-error-cards" />
        <button type="button" onClick={close}>
          {t('share.dismiss')}
        </button>
      </div>
    );
  if (state.kind === 'course') {
    const p = state.plan;
    return (
      <div className="share-notice" role="status" data-testid="share-course">
        <p>{t('share.courseOffered', { count: p.sessions.length, from: p.startDate, to: p.endDate })}</p>
        <button
          type="button"
          data-testid="share-course-keep"
          onClick={() => {
            useUserData.getState().saveCoursePlan(p);
            useViewer.getState().setTab('learn');
            close();
          }}
        >
          {t('share.courseKeep')}
        </button>{' '}
        <button type="button" onClick={close}>
          {t('share.dismiss')}
        </button>
      </div>
    );
  }
  return (
    <div className="share-notice" role="status" data-testid="share-opened" data-id={state.id}>
      <p>
        {state.fromLibrary
          ? t('share.openedLibrary', { title: loc(state.title) })
          : state.copyOf
            ? t('share.openedCopy', { title: loc(state.title), id: state.copyOf })
            : t('share.opened', { title: loc(state.title) })}{' '}
        {!state.saved && t('share.notSaved')}
      </p>
      <button type="button" onClick={close}>
        {t('share.dismiss')}
      </button>
    </div>
  );
}
