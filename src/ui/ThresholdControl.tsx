import { memo, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../i18n/format';
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
export const ThresholdControl = memo(function ThresholdControl({
  policy,
  onChange,
}: ThresholdControlProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="threshold" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('threshold.title')}</h2>
      <label htmlFor={id}>{t('threshold.hideBelow')}</label>{' '}
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
          {t('threshold.back', { k: formatNumber(policy.floor) })}
        </button>
      )}
      {policy.lowered && (
        <p className="warning" role="alert" data-not-a-count>
          {t('threshold.lowered', { floor: formatNumber(policy.floor) })}
        </p>
      )}
    </section>
  );
});
