import { useEffect } from 'react';
import { defaultLength, useViewer } from '../state/store';
import { useUserData } from '../state/userData';
import { playback, onPlaybackFrame, seek } from '../state/playback';
import { formatUrlState, parseUrlState, type UrlState } from '../state/url';

function current(): UrlState {
  const s = useViewer.getState();
  const u: UrlState = { technique: s.techniqueId, t: s.techniqueId ? playback.t : 0, speed: s.speed, view: s.view };
  // The length is written when it is not what the user's mode opens at (the link's t depends on it).
  if (s.length !== defaultLength(useUserData.getState().mode)) u.length = s.length;
  return u;
}

/** Brings the app to the state a link describes (on load and on the back/forward buttons). */
function apply(u: UrlState) {
  const s = useViewer.getState();
  const length = u.length ?? defaultLength(useUserData.getState().mode);
  // The link's time belongs to the technique it names, at the link's length: the player takes it
  // when that technique is shown, and drops it for any other one.
  if (u.technique !== s.techniqueId || length !== s.length) {
    playback.pendingT = u.technique ? { techniqueId: u.technique, t: u.t } : null;
    s.setLength(length);
    if (u.technique !== s.techniqueId) s.selectTechnique(u.technique);
  } else if (s.timeline) {
    seek(u.t, s.timeline.duration);
  }
  s.setPlaying(false);
  s.setSpeed(u.speed);
  if (u.view !== s.view) s.setView(u.view);
}

/**
 * The URL holds `?technique=…&t=…&speed=…&view=…`: choosing a technique adds a history
 * entry (so Back returns to the previous one); speed, view and the paused time replace it.
 */
export function useUrlSync(): void {
  useEffect(() => {
    let applying = true;
    apply(parseUrlState(location.search));
    applying = false;

    const write = (push: boolean) => {
      if (applying) return;
      const url = formatUrlState(current()) || location.pathname;
      if (url === location.search) return;
      if (push) history.pushState(null, '', url);
      else history.replaceState(null, '', url);
    };

    const unsubscribe = useViewer.subscribe((s, prev) => {
      if (s.techniqueId !== prev.techniqueId) write(true);
      else if (s.speed !== prev.speed || s.view !== prev.view || s.playing !== prev.playing || s.length !== prev.length)
        write(false);
    });

    // While paused, a seek moves the time in the link (throttled: scrubbing draws many frames).
    let timer: ReturnType<typeof setTimeout> | undefined;
    const offFrame = onPlaybackFrame(() => {
      if (useViewer.getState().playing || timer) return;
      timer = setTimeout(() => {
        timer = undefined;
        write(false);
      }, 250);
    });

    const onPop = () => {
      applying = true;
      apply(parseUrlState(location.search));
      applying = false;
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      offFrame();
      clearTimeout(timer);
      window.removeEventListener('popstate', onPop);
    };
  }, []);
}
