/**
 * Disclosure control: the one place that decides what a count may look like on screen, in a
 * tooltip, the Table, an export or a URL. Pure; every view goes through it.
 *
 * Method (documented for users in the README, "Disclosure control"):
 * 1. Threshold suppression: a count below `k` is never shown as a number; it reads "< k".
 * 2. Rounding down in bands: a count of k or more is published as the bottom of its band
 *    k, k + b, k + 2b, … (b = `base`), so "15" means 15 to 19 when k = 10 and b = 5. Totals are
 *    rounded from the exact figure, not summed from rounded parts, so no published figure is
 *    exact. b is chosen so that it does not divide k − 2: then neither a published figure minus a
 *    hidden one ("< k") nor the difference of two published figures can pin a hidden cell to one
 *    value, whatever the filters (see `bandBase`).
 * 3. Audit of each view's relations (`auditRelations`): where a viewer knows that a total equals
 *    the sum of parts shown beside it (a country's legs out and its origin and transit totals, a
 *    leg and its sector mix), the interval each hidden part could take is worked out from the
 *    published figures exactly as an attacker would. If it narrows to one value, the largest
 *    figure in that relation is withheld (read "withheld"), and the audit repeats until no
 *    hidden part is pinned. Withholding only widens ranges, so the loop ends.
 * 4. Counts already suppressed at source (e.g. GLOTIP's "<5") are never summed as numbers: a
 *    total that includes one is a lower bound, published as its band's bottom and read "≥ n".
 */
import { t } from '../i18n';
import { formatNumber } from '../i18n/format';

export interface DisclosurePolicy {
  /** Smallest count that may be shown as a number. */
  k: number;
  /** Width of the bands counts are rounded down in (see bandBase). */
  base: number;
}

export const DEFAULT_POLICY: DisclosurePolicy = { k: 10, base: 5 };

/** The threshold no policy falls below unless an analyst lowers it by hand, with a warning. */
export const DEFAULT_FLOOR = DEFAULT_POLICY.k;

export type Disclosed =
  | { kind: 'suppressed'; k: number }
  | { kind: 'shown'; value: number; lowerBound?: true }
  /** Held back because, with the figures beside it, it would reveal a hidden cell. */
  | { kind: 'withheld' };

/** The figure of a withheld cell. */
export const withheldFigure: Disclosed = { kind: 'withheld' };

/** Inputs to the policy in force: the dataset's floor, `?k=` from a URL, the analyst's choice. */
export interface PolicyRequest {
  /** The smallest k the dataset allows (its publisher's rule); DEFAULT_FLOOR when it says none. */
  datasetFloor?: number;
  /** A k asked for by a URL: it may raise the threshold but never lower it below the floor. */
  urlK?: number | null;
  /** A k chosen by the analyst in the UI: may go below the floor, which marks the policy lowered. */
  analystK?: number | null;
}

export interface ResolvedPolicy extends DisclosurePolicy {
  /** The floor k would have without the analyst's choice. */
  floor: number;
  /** True when the analyst set k below the floor: every export and link must say so. */
  lowered: boolean;
}

/**
 * The band width for a threshold: 5, or the next width up that does not divide k − 2. Across two
 * filter states an attacker knows a hidden difference is at least (bottom of the larger figure's
 * band) − (top of the smaller's), and at most k − 1; the two meet, pinning it, only if some band
 * bottom minus some band top is k − 1 (or a band starts at 2k − 2), which with bands starting at
 * k happens exactly when the width divides k − 2. For k ≤ 2 nothing can be protected this way,
 * so counts are shown exactly (width 1): that is what an analyst who sets k to 1 asks for.
 */
export function bandBase(k: number): number {
  if (k <= 2) return 1;
  let base = 5;
  while ((k - 2) % base === 0) base++;
  return base;
}

function positiveInt(v: number | null | undefined): number | null {
  return v != null && Number.isFinite(v) && v >= 1 ? Math.floor(v) : null;
}

/** The policy in force for a dataset, a URL and an analyst's choice. */
export function resolvePolicy(req: PolicyRequest = {}): ResolvedPolicy {
  const floor = Math.max(DEFAULT_FLOOR, positiveInt(req.datasetFloor) ?? DEFAULT_FLOOR);
  const fromUrl = Math.max(floor, positiveInt(req.urlK) ?? floor);
  const analyst = positiveInt(req.analystK);
  const k = analyst ?? fromUrl;
  return { k, base: bandBase(k), floor, lowered: k < floor };
}

/** The bottom of the band an exact count ≥ k falls in. */
function bandBottom(exact: number, policy: DisclosurePolicy): number {
  return policy.k + Math.floor((exact - policy.k) / policy.base) * policy.base;
}

/**
 * Applies the policy to one exact count. `partial` says the count leaves out values suppressed
 * at source, so the true figure is higher: it is then a lower bound.
 */
export function disclose(
  exact: number,
  policy: DisclosurePolicy = DEFAULT_POLICY,
  partial = false,
): Disclosed {
  if (!Number.isFinite(exact) || exact < policy.k) return { kind: 'suppressed', k: policy.k };
  const value = bandBottom(Math.floor(exact), policy);
  return partial ? { kind: 'shown', value, lowerBound: true } : { kind: 'shown', value };
}

/** The value to draw with (widths, radii): suppressed and withheld cells draw as nothing. */
export function drawableValue(d: Disclosed): number {
  return d.kind === 'shown' ? d.value : 0;
}

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
      : t('disclosure.rule', { k: formatNumber(policy.k), base: formatNumber(policy.base) });
  return 'lowered' in policy && policy.lowered
    ? `${base} ${t('disclosure.lowered', { floor: formatNumber(policy.floor), k: formatNumber(policy.k) })}`
    : base;
}

/**
 * The exact values a viewer who knows the policy can tell a published figure stands for:
 * [lo, hi], integers, hi possibly Infinity. `exists` says the viewer knows the cell is not empty
 * (a listed leg is; a country's transit total may be 0 and still read "< k").
 */
export function possibleValues(
  d: Disclosed,
  policy: DisclosurePolicy,
  exists = false,
): [number, number] {
  const least = exists ? 1 : 0;
  if (d.kind === 'suppressed') return [least, policy.k - 1];
  // Hidden and shown cells alike may be withheld, so a withheld one says nothing of its size.
  if (d.kind === 'withheld') return [least, Infinity];
  if (d.lowerBound) return [d.value, Infinity];
  return [d.value, d.value + policy.base - 1];
}

/** A relation a viewer knows between published cells: Σ total = Σ parts (by cell id). */
export interface Relation {
  totals: string[];
  parts: string[];
}

/** One cell of a view as the audit sees it. */
export interface AuditCell {
  /** The exact count (never published as is). */
  value: number;
  /** The count leaves out values suppressed at source: a lower bound. */
  partial?: boolean;
  /** A viewer knows the cell is not empty (e.g. a leg listed in the Table). */
  exists?: boolean;
}

/**
 * What a viewer can tell a hidden cell in `relation` is worth, given every other cell's published
 * figure: the interval of values consistent with the relation, within [0, k − 1] (or [1, k − 1]
 * for a cell known to exist). Empty (lo > hi) when the published figures cannot all hold, i.e.
 * the relation is not exact in this data.
 */
export function hiddenCellRange(
  relation: Relation,
  cell: string,
  published: ReadonlyMap<string, Disclosed>,
  policy: DisclosurePolicy,
  exists: (id: string) => boolean = () => false,
): [number, number] {
  // cell = Σ totals − Σ other parts (if cell is a part), or Σ parts − Σ other totals.
  const isTotal = relation.totals.includes(cell);
  const plus = isTotal ? relation.parts : relation.totals;
  const minus = (isTotal ? relation.totals : relation.parts).filter((id) => id !== cell);
  let lo = 0;
  let hi = 0;
  for (const id of plus) {
    const [a, b] = possibleValues(published.get(id)!, policy, exists(id));
    lo += a;
    hi += b;
  }
  for (const id of minus) {
    const [a, b] = possibleValues(published.get(id)!, policy, exists(id));
    lo -= b;
    hi -= a;
  }
  return [Math.max(lo, exists(cell) ? 1 : 0), Math.min(hi, policy.k - 1)];
}

/**
 * Publishes a view's cells so that no hidden cell can be pinned to one value of 1 or more
 * through the view's own relations: each cell is disclosed, then any relation in which a hidden
 * cell's possible range narrows to a single such value has its largest figure withheld, until
 * none does. (Learning that a hidden cell is 0 reveals no one.) Relations whose cells are not all
 * in `exact` are ignored.
 */
export function auditRelations(
  exact: ReadonlyMap<string, AuditCell>,
  relations: readonly Relation[],
  policy: DisclosurePolicy,
): Map<string, Disclosed> {
  const published = new Map<string, Disclosed>();
  for (const [id, cell] of exact) published.set(id, disclose(cell.value, policy, cell.partial));
  const exists = (id: string) => exact.get(id)?.exists === true;
  const usable = relations.filter((r) => [...r.totals, ...r.parts].every((id) => exact.has(id)));
  for (let changed = true; changed;) {
    changed = false;
    for (const r of usable) {
      const ids = [...r.totals, ...r.parts];
      const pinned = ids.some((id) => {
        if (published.get(id)!.kind !== 'suppressed') return false;
        const [lo, hi] = hiddenCellRange(r, id, published, policy, exists);
        return lo === hi && lo >= 1;
      });
      if (!pinned) continue;
      // Withhold the largest figure, a shown one if any: that widens every hidden part's range.
      const rank = (id: string) =>
        (published.get(id)!.kind === 'shown' ? 1e12 : 0) + exact.get(id)!.value;
      const largest = ids
        .filter((id) => published.get(id)!.kind !== 'withheld')
        .sort((a, b) => rank(b) - rank(a))[0];
      if (largest === undefined) continue;
      published.set(largest, withheldFigure);
      changed = true;
    }
  }
  return published;
}
