import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYears } from '../i18n/format';

export interface YearRangeProps {
  min: number;
  max: number;
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
  /** Shown above the sliders (the year histogram). */
  children?: ReactNode;
}

/** Seconds each year shows while playing. */
const STEP_MS = 1500;

/** Steps year by year from the current one (or the first), and loops or stops at the last. */
function PlayControl({ min, max, from, to, onChange }: Omit<YearRangeProps, 'children'>) {
  const { t } = useTranslation();
  const [playing, setPlaying] = useState(false);
  const [loop, setLoop] = useState(false);
  useEffect(() => {
    if (!playing) return;
    const timer = setTimeout(() => {
      const next = from === to && from < max ? from + 1 : from === to && loop ? min : null;
      if (next === null) setPlaying(false);
      else onChange(next, next);
    }, STEP_MS);
    return () => clearTimeout(timer);
  }, [playing, loop, from, to, min, max, onChange]);
  return (
    <div className="play">
      <button
        type="button"
        aria-pressed={playing}
        onClick={() => {
          if (!playing && from !== to) onChange(from, from);
          if (!playing && from === to && from === max) onChange(min, min);
          setPlaying(!playing);
        }}
      >
        {playing ? t('filters.stop') : t('filters.play')}
      </button>
      <label className="check">
        <input type="checkbox" checked={loop} onChange={(e) => setLoop(e.target.checked)} />{' '}
        {t('filters.loop')}
      </label>
    </div>
  );
}

/** Two sliders bounding the years shown; each is labelled for screen readers. */
export function YearRange({ min, max, from, to, onChange, children }: YearRangeProps) {
  const { t } = useTranslation();
  const sliders = [
    { id: 'from', label: t('filters.from'), name: t('filters.yearFrom'), value: from },
    { id: 'to', label: t('filters.to'), name: t('filters.yearTo'), value: to },
  ].map((s) => ({
    ...s,
    set: (v: number) => (s.id === 'from' ? onChange(v, to) : onChange(from, v)),
  }));
  return (
    <fieldset className="control">
      <legend data-not-a-count>
        {t('filters.years')} <span>{formatYears(from, to)}</span>
      </legend>
      {children}
      {sliders.map((s) => (
        <label className="range" key={s.id}>
          <span>{s.label}</span>
          <input
            type="range"
            aria-label={s.name}
            min={min}
            max={max}
            step={1}
            value={s.value}
            onChange={(e) => s.set(Number(e.target.value))}
          />
        </label>
      ))}
      {max > min && <PlayControl min={min} max={max} from={from} to={to} onChange={onChange} />}
    </fieldset>
  );
}
