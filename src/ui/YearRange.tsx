export interface YearRangeProps {
  min: number;
  max: number;
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}

/** Two sliders bounding the years shown; each is labelled for screen readers. */
export function YearRange({ min, max, from, to, onChange }: YearRangeProps) {
  return (
    <fieldset className="control">
      <legend data-not-a-count>
        Years <span>{from === to ? from : `${from}–${to}`}</span>
      </legend>
      <label className="range">
        <span>From</span>
        <input
          type="range"
          aria-label="Year from"
          min={min}
          max={max}
          step={1}
          value={from}
          onChange={(e) => onChange(Number(e.target.value), to)}
        />
      </label>
      <label className="range">
        <span>To</span>
        <input
          type="range"
          aria-label="Year to"
          min={min}
          max={max}
          step={1}
          value={to}
          onChange={(e) => onChange(from, Number(e.target.value))}
        />
      </label>
    </fieldset>
  );
}
