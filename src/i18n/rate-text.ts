/** Rates per 100,000 in the language shown (the rate itself is worked out in domain). */
import type { Rate } from '../domain/rates';
import { formatNumber } from './format';
import { t } from './index';

/** A rate in the language shown, e.g. "1.25", "≥ 12.5"; or why there is none. */
export function formatRate(rate: Rate): string {
  if (rate.kind === 'not-shown') {
    if (rate.reason === 'suppressed') return t('rates.suppressed', { k: formatNumber(rate.k) });
    return rate.reason === 'withheld' ? t('rates.withheld') : t('rates.noPopulation');
  }
  const digits = rate.value >= 10 ? 1 : 2;
  const text = formatNumber(rate.value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${rate.lowerBound ? '≥ ' : ''}${text}`;
}
