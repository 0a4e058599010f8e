import { useTranslation } from 'react-i18next';
import { useRegisterSW } from 'virtual:pwa-register/react';
import { pwaStatus } from './status';
import './pwa.css';

/**
 * Registers the service worker (bundled code: no inline script under the strict CSP) and, when
 * a new version is waiting, asks before applying it ("Reload"). Being ready offline is not
 * announced with a pop-up (it would cover the player on every first visit); it is recorded in
 * pwaStatus.
 */
export function UpdatePrompt() {
  const { t } = useTranslation();
  const {
    needRefresh: [needRefresh, setNeedRefresh],
    updateServiceWorker,
  } = useRegisterSW({
    onRegisteredSW: (_url, registration) => {
      pwaStatus.registered = registration !== undefined;
    },
    onOfflineReady: () => {
      pwaStatus.offlineReady = true;
    },
    onRegisterError: (error: unknown) => {
      pwaStatus.error = String(error);
    },
  });
  if (!needRefresh) return null;
  return (
    <div className="pwa-toast" role="alert" data-testid="pwa-update">
      <span>{t('pwa.update')}</span>
      <button className="primary" onClick={() => void updateServiceWorker(true)} data-testid="pwa-reload">
        {t('pwa.reload')}
      </button>
      <button onClick={() => setNeedRefresh(false)}>{t('pwa.later')}</button>
    </div>
  );
}
