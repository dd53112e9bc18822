export interface ChoiceFilterProps<T extends string> {
  legend: string;
  /** Name of the "every value" box, e.g. "All sectors". */
  allLabel: string;
  options: readonly T[];
  label: (value: T) => string;
  selected: readonly T[];
  onToggle: (value: T) => void;
  onAll: () => void;
  hint?: string;
}

/** A group of checkboxes where none checked means every value. */
export function ChoiceFilter<T extends string>(props: ChoiceFilterProps<T>) {
  const { legend, allLabel, options, label, selected, onToggle, onAll, hint } = props;
  return (
    <fieldset className="control">
      <legend>{legend}</legend>
      <label className="check">
        <input type="checkbox" checked={selected.length === 0} onChange={onAll} />
        {allLabel}
      </label>
      {options.map((value) => (
        <label className="check" key={value}>
          <input
            type="checkbox"
            checked={selected.includes(value)}
            onChange={() => onToggle(value)}
          />
          {label(value)}
        </label>
      ))}
      {hint && <p className="hint">{hint}</p>}
    </fieldset>
  );
}
