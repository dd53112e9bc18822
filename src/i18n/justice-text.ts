/** The justice view's ratios and rates in the language shown (worked out in domain). */
import type { JusticeIndicator } from '../domain/justice';
import type { Rate } from '../domain/rates';
import type { Ratio } from '../domain/ratio';
import { formatNumber } from './format';
import { t } from './index';

export const indicatorLabel = (i: JusticeIndicator): string => t(`justice.indicators.${i}`);

function decimal(value: number, lowerBound: boolean | undefined): string {
  const digits = value >= 10 ? 1 : 2;
  const text = formatNumber(value, {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  return `${lowerBound ? '≥ ' : ''}${text}`;
}

/** A ratio or rate as a number, or "—" where there is none (see `whyNot`). */
export function formatRatio(r: Ratio | Rate | undefined): string {
  return r && (r.kind === 'ratio' || r.kind === 'rate') ? decimal(r.value, r.lowerBound) : '—';
}

/** Why a ratio or rate is not shown, in words; undefined when it is. */
export function whyNot(r: Ratio | Rate | undefined): string | undefined {
  if (!r || r.kind !== 'not-shown') return undefined;
  if (r.reason === 'suppressed') {
    return t('justice.noRate.suppressed', { k: formatNumber('k' in r ? r.k : 0) });
  }
  if (r.reason === 'withheld' || r.reason === 'no-population')
    return t(`justice.noRate.${r.reason}`);
  return t(`justice.noRatio.${r.reason}`);
}
