import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../state/store';
import { playback, onPlaybackFrame, seek } from '../../state/playback';
import { formatTime, nextStepStart, prevStepStart } from '../../state/timelineNav';
import { SPEEDS } from '../../state/url';
import { useLocalized } from '../../i18n/useLocalized';
import { requestPlay, usePlayBlocked } from '../safety/requestPlay';
import { LengthSwitch } from './LengthSwitch';
import { FollowButton } from './FollowButton';
import { bringStageIntoView, onPlayFocusRequest, takePlayFocus } from './focusPlay';

/**
 * Play / pause, restart, previous / next step, loop step, speed and a scrubbable timeline with
 * a tick per step. The time text and the slider follow the clock through refs (no re-render
 * per frame).
 */
export function PlayerBar() {
  const { t } = useTranslation();
  const loc = useLocalized();
  const meta = useViewer((s) => s.timeline);
  const playing = useViewer((s) => s.playing);
  const speed = useViewer((s) => s.speed);
  const loopStep = useViewer((s) => s.loopStep);
  const blocked = usePlayBlocked();
  const { setPlaying, setSpeed, setLoopStep } = useViewer.getState();
  const slider = useRef<HTMLInputElement>(null);
  const clock = useRef<HTMLSpanElement>(null);
  const play = useRef<HTMLButtonElement>(null);

  // A technique was just chosen: bring the view and the player on screen, focus Play.
  useEffect(() => {
    if (!meta) return;
    const take = () => {
      if (!play.current || !takePlayFocus()) return;
      const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      bringStageIntoView(document.querySelector('.stage'), !still);
      play.current.focus({ preventScroll: true });
    };
    take();
    return onPlayFocusRequest(take);
  }, [meta]);

  useEffect(() => {
    if (!meta) return;
    const update = (time: number) => {
      if (slider.current && document.activeElement !== slider.current)
        slider.current.value = String(time);
      if (slider.current) slider.current.setAttribute('aria-valuetext', formatTime(time));
      if (clock.current)
        clock.current.textContent = `${formatTime(time)} / ${formatTime(meta.duration)}`;
    };
    update(playback.t);
    return onPlaybackFrame(update);
  }, [meta]);

  if (!meta) return null;
  const go = (time: number) => seek(time, meta.duration);

  return (
    <section className="player" aria-label={t('player.controls')} data-testid="player">
      <div className="buttons">
        <button
          ref={play}
          onClick={() => {
            if (playing) return setPlaying(false);
            if (playback.t >= meta.duration) go(0);
            requestPlay();
          }}
          aria-pressed={playing}
          disabled={blocked && !playing}
          title={blocked ? t('safetyLogic.blocked.play') : undefined}
          data-testid="play"
          className="primary"
        >
          {playing ? t('player.pause') : t('player.play')}
        </button>
        <button onClick={() => go(prevStepStart(meta, playback.t))} data-testid="prev-step">
          {t('player.prevStep')}
        </button>
        <button onClick={() => go(nextStepStart(meta, playback.t))} data-testid="next-step">
          {t('player.nextStep')}
        </button>
        <button onClick={() => go(0)} data-testid="restart">
          {t('player.restart')}
        </button>
        <button
          aria-pressed={loopStep}
          className={loopStep ? 'on' : ''}
          onClick={() => setLoopStep(!loopStep)}
        >
          {t('player.loopStep')}
        </button>
        <label className="speed">
          {t('player.speed')}
          <select
            value={speed}
            onChange={(e) => setSpeed(Number(e.target.value))}
            data-testid="speed"
          >
            {SPEEDS.map((s) => (
              <option key={s} value={s}>
                {s}×
              </option>
            ))}
          </select>
        </label>
        <LengthSwitch />
        <FollowButton />
        <span ref={clock} className="clock" aria-hidden="true" data-testid="clock" />
      </div>
      <div className="scrubber">
        <input
          ref={slider}
          type="range"
          min={0}
          max={meta.duration}
          step={0.1}
          defaultValue={playback.t}
          aria-label={t('player.timeline')}
          onChange={(e) => go(Number(e.target.value))}
          data-testid="scrubber"
        />
        <div className="ticks" aria-hidden="true">
          {meta.steps.map((s) => (
            <button
              key={s.index}
              tabIndex={-1}
              className="tick"
              style={{ left: `${(s.start / meta.duration) * 100}%` }}
              title={`${s.index + 1}. ${loc(s.title)}`}
              onClick={() => go(s.start)}
            />
          ))}
        </div>
      </div>
    </section>
  );
}
