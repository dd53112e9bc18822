/**
 * Disclosure control: the one place that decides what a count may look like on screen, in a
 * tooltip, the Table, an export or a URL. Pure; every view goes through it.
 *
 * Method (documented for users in the README, "Disclosure control"):
 * 1. The cell key method (see ptable.ts): every record carries a fixed random key, and a cell's
 *    key is the sum of its records' keys modulo the key range; the p-table turns (count, key)
 *    into the published count, changed by at most ±D and never to 1 … k − 1. The same records
 *    always give the same figure, in every view and export; different records give independent
 *    noise, so differencing figures across any number of filter states yields noise, not counts.
 *    Totals are perturbed as cells of their own: parts need not add up to them.
 * 2. Threshold: a published count below `k` is never shown as a number; it reads "< k".
 * 3. Audit of each view's relations (`auditRelations`): where a viewer knows that a total equals
 *    the sum of parts shown beside it, the interval each hidden part could take is worked out
 *    from the published figures (and the noise bound) as an attacker would. If it narrows to one
 *    value of 1 or more, the largest figure in that relation is withheld (read "withheld"), and
 *    the audit repeats. Withholding only widens ranges, so the loop ends.
 * 4. Counts already suppressed at source (e.g. GLOTIP's "<5") are never summed as numbers: a
 *    total that includes one is a lower bound, read "≥ n".
 * An analyst who lowers the threshold to 1 sees exact counts (no noise): that is what they ask for.
 */
import { buildPTable, perturb, preimage, type NoiseParams, type PTable } from './ptable';

/** Record keys are integers in [0, KEY_RANGE); a cell's key is their sum modulo KEY_RANGE. */
export const KEY_RANGE = 2 ** 32;

/** The cell key of the union of two disjoint sets of records. */
export function addKeys(a: number, b: number): number {
  return (a + b) % KEY_RANGE;
}

export interface DisclosurePolicy {
  /** Smallest count that may be shown as a number. */
  k: number;
  /** Width of the bands counts are rounded down in (1: none). */
  base: number;
  /** The cell key perturbation in force; null: counts are exact (an analyst's k of 1). */
  noise: NoiseParams | null;
}

/**
 * The noise for a threshold: at most ±D with D = max(3, ⌈0.7 k⌉) (7 for k = 10), spread D / 4,
 * so that most figures move by a victim or two and the bound D, which an attacker must allow for,
 * is rarely reached. Chosen with the attack in tests/sql/cell-key-attack.test.ts: over ~130 filter
 * states, a linear-programming attacker pinned planted cells to 4 values with D = 5 and to no
 * fewer than 5–6 with D = 7; counts of k or more keep a median error of 1.
 */
export function noiseFor(k: number): NoiseParams {
  const maxNoise = Math.max(3, Math.ceil(0.7 * k));
  return { k, maxNoise, sigma: maxNoise / 4 };
}

export const DEFAULT_POLICY: DisclosurePolicy = { k: 10, base: 1, noise: noiseFor(10) };

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
  /** The dataset is a protected release: its counts are already perturbed, shown as they are. */
  release?: boolean;
}

export interface ResolvedPolicy extends DisclosurePolicy {
  /** The floor k would have without the analyst's choice. */
  floor: number;
  /** True when the analyst set k below the floor: every export and link must say so. */
  lowered: boolean;
}

function positiveInt(v: number | null | undefined): number | null {
  return v != null && Number.isFinite(v) && v >= 1 ? Math.floor(v) : null;
}

/**
 * The policy in force for a dataset, a URL and an analyst's choice. The p-table is built for the
 * floor, whatever a URL asks: a higher `?k=` only hides more of the same perturbed figures (a
 * table per k would give a viewer several draws of one cell). An analyst who lowers k gets a
 * table for that k, and exact counts at k = 1.
 */
export function resolvePolicy(req: PolicyRequest = {}): ResolvedPolicy {
  const floor = Math.max(DEFAULT_FLOOR, positiveInt(req.datasetFloor) ?? DEFAULT_FLOOR);
  const fromUrl = Math.max(floor, positiveInt(req.urlK) ?? floor);
  const analyst = positiveInt(req.analystK);
  const k = analyst ?? fromUrl;
  const lowered = k < floor;
  const noise = k <= 1 || req.release ? null : noiseFor(lowered ? k : floor);
  return { k, base: 1, noise, floor, lowered };
}

const tables = new Map<string, PTable>();

/** The p-table of a noise setting, built once. */
export function pTableFor(noise: NoiseParams): PTable {
  const id = `${noise.k}:${noise.maxNoise}:${noise.sigma}`;
  let table = tables.get(id);
  if (!table) tables.set(id, (table = buildPTable(noise)));
  return table;
}

/** The count a cell is published as before the threshold: perturbed by its key, if noise is on. */
export function perturbedCount(exact: number, key: number, policy: DisclosurePolicy): number {
  const n = Math.max(0, Math.floor(exact));
  if (!policy.noise) return n;
  const u = (((key % KEY_RANGE) + KEY_RANGE) % KEY_RANGE) / KEY_RANGE;
  return perturb(n, u, pTableFor(policy.noise));
}

function shownFigure(v: number, policy: DisclosurePolicy, partial: boolean): Disclosed {
  if (v < policy.k) return { kind: 'suppressed', k: policy.k };
  const value =
    policy.base > 1 ? policy.k + Math.floor((v - policy.k) / policy.base) * policy.base : v;
  return partial ? { kind: 'shown', value, lowerBound: true } : { kind: 'shown', value };
}

/**
 * Applies the policy to one exact count whose cell key is `key` (the sum of its records' keys).
 * `partial` says the count leaves out values suppressed at source, so the true figure is higher:
 * it is then a lower bound.
 */
export function disclose(
  exact: number,
  key: number,
  policy: DisclosurePolicy = DEFAULT_POLICY,
  partial = false,
): Disclosed {
  if (!Number.isFinite(exact)) return { kind: 'suppressed', k: policy.k };
  return shownFigure(perturbedCount(exact, key, policy), policy, partial);
}

/**
 * A value that is not a count of records (a legend's sample of the width scale) as it would read
 * if it were one: below k it reads "< k". No noise: it describes a scale, not data.
 */
export function discloseScaleValue(value: number, policy: DisclosurePolicy): Disclosed {
  return shownFigure(Math.floor(value), policy, false);
}

/** The value to draw with (widths, radii): suppressed and withheld cells draw as nothing. */
export function drawableValue(d: Disclosed): number {
  return d.kind === 'shown' ? d.value : 0;
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
  // Hidden and shown cells alike may be withheld, so a withheld one says nothing of its size.
  if (d.kind === 'withheld') return [least, Infinity];
  if (!policy.noise) {
    if (d.kind === 'suppressed') return [least, policy.k - 1];
    if (d.lowerBound) return [d.value, Infinity];
    return [d.value, d.value + policy.base - 1];
  }
  const table = pTableFor(policy.noise);
  if (d.kind === 'suppressed') {
    // A perturbed 0, or (a URL's higher k) a perturbed count up to k − 1.
    let hi = preimage(0, table)[1];
    for (let v = table.params.k; v < policy.k; v++) hi = Math.max(hi, preimage(v, table)[1]);
    return [least, hi];
  }
  let lo = Infinity;
  let hi = -Infinity;
  for (let v = d.value; v < d.value + policy.base; v++) {
    const [a, b] = preimage(v, table);
    lo = Math.min(lo, a);
    hi = Math.max(hi, b);
  }
  return [Math.max(least, lo), d.lowerBound ? Infinity : hi];
}
