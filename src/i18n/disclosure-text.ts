/** Disclosed counts and the disclosure note in the language shown (the rule lives in domain). */
import type { Disclosed, DisclosurePolicy, ResolvedPolicy } from '../domain/disclosure';
import { DEFAULT_POLICY } from '../domain/disclosure';
import { formatNumber } from './format';
import { t } from './index';

/** Text for a disclosed count in the language shown, e.g. "1,230", "≥ 20", "< 10" or "withheld". */
export function formatDisclosed(d: Disclosed): string {
  if (d.kind === 'suppressed') return `< ${formatNumber(d.k)}`;
  if (d.kind === 'withheld') return t('disclosure.withheld');
  return `${d.lowerBound ? '≥ ' : ''}${formatNumber(d.value)}`;
}

/** The note every view and export carries. */
export function policyNote(policy: ResolvedPolicy | DisclosurePolicy = DEFAULT_POLICY): string {
  const base =
    policy.k <= 1
      ? t('disclosure.exact')
      : t('disclosure.rule', {
          k: formatNumber(policy.k),
          d: formatNumber(policy.noise?.maxNoise ?? 0),
        });
  return 'lowered' in policy && policy.lowered
    ? `${base} ${t('disclosure.lowered', { floor: formatNumber(policy.floor), k: formatNumber(policy.k) })}`
    : base;
}
