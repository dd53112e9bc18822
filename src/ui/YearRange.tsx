export interface YearRangeProps {
  min: number;
  max: number;
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}

/** Two sliders bounding the years shown; each is labelled for screen readers. */
export function YearRange({ min, max, from, to, onChange }: YearRangeProps) {
  const sliders = [
    { label: 'From', name: 'Year from', value: from, set: (v: number) => onChange(v, to) },
    { label: 'To', name: 'Year to', value: to, set: (v: number) => onChange(from, v) },
  ];
  return (
    <fieldset className="control">
      <legend data-not-a-count>
        Years <span>{from === to ? from : `${from}–${to}`}</span>
      </legend>
      {sliders.map((s) => (
        <label className="range" key={s.name}>
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
    </fieldset>
  );
}
