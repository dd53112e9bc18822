import { useId } from 'react';
import type { ResolvedPolicy } from '../domain/disclosure';

export interface ThresholdControlProps {
  policy: ResolvedPolicy;
  /** The analyst's own threshold; null goes back to the dataset's. */
  onChange: (k: number | null) => void;
}

/**
 * The disclosure threshold in force. An analyst exploring their own file may lower it; a warning
 * then stays on screen, and every export says so.
 */
export function ThresholdControl({ policy, onChange }: ThresholdControlProps) {
  const id = useId();
  return (
    <section className="threshold" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Small counts</h2>
      <label htmlFor={id}>Hide counts below</label>{' '}
      <input
        id={id}
        type="number"
        min={1}
        step={1}
        value={policy.k}
        data-not-a-count
        onChange={(e) => {
          const k = Number(e.target.value);
          if (Number.isInteger(k) && k >= 1) onChange(k);
        }}
      />{' '}
      {policy.k !== policy.floor && (
        <button type="button" onClick={() => onChange(null)}>
          Back to {policy.floor}
        </button>
      )}
      {policy.lowered && (
        <p className="warning" role="alert" data-not-a-count>
          The threshold is below this dataset&rsquo;s {policy.floor}: small counts that can point at
          a person are on screen. Exports carry this warning.
        </p>
      )}
    </section>
  );
}
