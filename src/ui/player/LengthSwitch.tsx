import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useViewer } from '../../state/store';
import { TECHNIQUE_LENGTHS } from '../../domain/technique/demo';
import { formatTime } from '../../state/timelineNav';
import './length.css';

/**
 * Demo or full length, and both figures: "demo 2:55 · full 58 min". The demo figure is the demo
 * as it plays (steps and transitions); the full one is the file's step durations in minutes.
 */
export function LengthSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const length = useViewer((s) => s.length);
  const figures = useViewer((s) => s.timeline?.lengths);
  const setLength = useViewer.getState().setLength;
  return (
    <div className="length" role="radiogroup" aria-labelledby={`${id}-l`} data-testid="length-switch">
      <span id={`${id}-l`} className="sr-only">
        {t('length.legend')}
      </span>
      {TECHNIQUE_LENGTHS.map((l) => (
        <label key={l} className={`length-option ${length === l ? 'on' : ''}`} title={t(`length.${l}Hint`)}>
          <input
            type="radio"
            name={`${id}-length`}
            value={l}
            checked={length === l}
            onChange={() => setLength(l)}
            data-testid={`length-${l}`}
          />
          <span>{t(`length.${l}`)}</span>
        </label>
      ))}
      {figures && (
        <span className="length-figures" data-testid="length-label">
          {t('length.summary', { demo: formatTime(figures.demoS), count: figures.fullMin })}
        </span>
      )}
    </div>
  );
}
