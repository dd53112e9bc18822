/**
 * Disclosure control: the one place that decides what a count may look like on screen, in a
 * tooltip, an export or a URL.
 *
 * Method: threshold suppression plus deterministic rounding.
 * - A cell below the threshold `k` is never shown as a number; it reads "< k".
 * - Every other published count is rounded to the nearest multiple of `base`, and never below the
 *   smallest multiple of `base` that is at least `k` (so a shown value never reads below k).
 * Because every published figure (totals included) is rounded, the difference of a total and its
 * visible parts, or of two filtered totals, is only known to within a few multiples of `base`, so a
 * suppressed cell cannot be recovered exactly. Rounding is a pure function of the exact count, so
 * asking the same question twice yields nothing new.
 */
export interface DisclosurePolicy {
  /** Smallest count that may be shown as a number. */
  k: number;
  /** Rounding base for every published count. */
  base: number;
}

export const DEFAULT_POLICY: DisclosurePolicy = { k: 10, base: 5 };

export type Disclosed = { kind: 'suppressed'; k: number } | { kind: 'shown'; value: number };

/** Applies the policy to one exact count. */
export function disclose(exact: number, policy: DisclosurePolicy = DEFAULT_POLICY): Disclosed {
  if (!Number.isFinite(exact) || exact < policy.k) return { kind: 'suppressed', k: policy.k };
  const floor = Math.ceil(policy.k / policy.base) * policy.base;
  const rounded = Math.round(exact / policy.base) * policy.base;
  return { kind: 'shown', value: Math.max(rounded, floor) };
}

/** The value to draw with (widths, radii): suppressed cells draw as nothing. */
export function drawableValue(d: Disclosed): number {
  return d.kind === 'shown' ? d.value : 0;
}

/** Text for a disclosed count, e.g. "1,230" or "< 10". */
export function formatDisclosed(d: Disclosed, locale = 'en'): string {
  if (d.kind === 'suppressed') return `< ${d.k.toLocaleString(locale)}`;
  return d.value.toLocaleString(locale);
}

/** The note every view and export carries. */
export function policyNote(policy: DisclosurePolicy = DEFAULT_POLICY): string {
  return `Counts below ${policy.k} are hidden; all counts are rounded to the nearest ${policy.base}.`;
}
