/**
 * "Bring the player to the user" after a technique is chosen: focus moves to Play (so Enter or
 * Space plays it next) and, on a narrow screen where the list sits below the 3D view, the page
 * scrolls back up so the view, the caption and the player are on screen.
 *
 * The player bar appears only once the chosen technique's timeline is compiled, so the request
 * is kept until a Play button takes it (`takePlayFocus`); choosing the technique already shown
 * focuses its Play button at once.
 */
type Listener = () => void;

let pending = false;
const listeners = new Set<Listener>();

/** Ask for focus on Play (now if the player is there, else as soon as it appears). */
export function requestPlayFocus(): void {
  pending = true;
  for (const l of listeners) l();
}

/** True once per request: the caller should focus Play now. */
export function takePlayFocus(): boolean {
  const was = pending;
  pending = false;
  return was;
}

/** Forget a request (e.g. the technique was closed). */
export function cancelPlayFocus(): void {
  pending = false;
}

export function onPlayFocusRequest(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

/**
 * Scroll so the 3D view's top is at the top of the window, when the view is not already fully
 * visible above the player (narrow screens: view, player, then the list, one column).
 */
export function bringStageIntoView(stage: Element | null, smooth: boolean): void {
  if (!stage) return;
  const r = stage.getBoundingClientRect();
  if (r.top >= 0 && r.bottom <= window.innerHeight) return;
  stage.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
}
