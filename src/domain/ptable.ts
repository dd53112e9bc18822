/**
 * The perturbation table (p-table) of the cell key method, as the ABS TableBuilder and the ONS
 * Census 2021 flexible tables use it (Thompson, Broadfoot and Elazar 2013; Giessing and Tent
 * 2019; the method of sdcTools' `ptable` package, written afresh here).
 *
 * For each exact count n, the table gives a distribution of published values v; a cell's key,
 * uniform in [0, 1), picks v from it by its cumulative probabilities. The distributions:
 * - n = 0 stays 0 (a structural zero is never made up);
 * - v never lies in 1 … k − 1 (`k` is the threshold the table is built for), so a small count
 *   becomes 0 or at least k, and a published figure below k is always a perturbed 0;
 * - |v − n| ≤ D for every n ≥ k + D; a count below that may go to 0 or to k … max(n, k) + D,
 *   so a figure of k to k + D may stand for any count from 1 up (a count of 1 can read 12: with
 *   the parts a view lists, a rule that only moved small counts a little would pin them);
 * - the mean of v is n (the noise is unbiased) wherever the bounds allow it, and within those
 *   bounds the weights follow a discrete Gaussian of spread `sigma`, tilted (exponentially, the
 *   maximum-entropy way) just as much as needed to keep that mean (a small count reads k or more
 *   about n / k of the time, 0 otherwise; a count of k reads 0 now and then).
 * Values whose probability is below 1e-9 (a key picks one in 2^32) are dropped, so that the
 * table's supports are what a viewer can really see, and `preimage` is read from them.
 * From n = k + D on, no bound cuts the range, so every larger n has the same symmetric noise:
 * the table stops there, and larger counts use its last row, shifted.
 */

export interface NoiseParams {
  /** The threshold: published values 1 … k − 1 never occur. */
  k: number;
  /** The largest change, up or down, the noise makes to a count of k or more. */
  maxNoise: number;
  /** The spread of the noise (standard deviation before truncation), in victims. */
  sigma: number;
}

/** One row of the table: the values a count may be published as, with cumulative probability. */
export interface PTableRow {
  values: number[];
  /** cumulative[i] = P(v ≤ values[i]); the last is 1. */
  cumulative: number[];
}

export interface PTable {
  params: NoiseParams;
  /** rows[n] for n = 0 … k + maxNoise. */
  rows: PTableRow[];
}

/** Probabilities below this are dropped from a row. */
const NEGLIGIBLE = 1e-9;

function targets(n: number, { k, maxNoise }: NoiseParams): number[] {
  if (n === 0) return [0];
  if (n >= k + maxNoise) {
    return Array.from({ length: 2 * maxNoise + 1 }, (_, i) => n - maxNoise + i);
  }
  // Near the threshold a count may become 0, or a value from k up to max(n, k) + D: a figure of
  // k to k + D may then stand for any count from 1 up. (Above k, 0 takes weight only where the
  // mean needs it: for n = k alone.)
  const out = [0];
  for (let v = k; v <= Math.max(n, k) + maxNoise; v++) out.push(v);
  return out;
}

function tilted(n: number, values: number[], sigma: number, lambda: number): number[] {
  // In logs, less the largest, so that no weight overflows whatever the tilt.
  const logs = values.map((v) => -((v - n) ** 2) / (2 * sigma * sigma) + lambda * (v - n));
  const top = Math.max(...logs);
  const w = logs.map((x) => Math.exp(x - top));
  const total = w.reduce((a, b) => a + b, 0);
  return w.map((x) => x / total);
}

const mean = (values: number[], p: number[]) => values.reduce((s, v, i) => s + v * p[i]!, 0);

/** Weights over `values` with mean n: the Gaussian around n, tilted by bisection on λ. */
function unbiasedWeights(n: number, values: number[], sigma: number): number[] {
  if (values.length === 1) return [1];
  if (values[0] === n) {
    // n is the lowest value allowed: only all weight on n keeps the mean.
    return values.map((v) => (v === n ? 1 : 0));
  }
  let lo = -60;
  let hi = 60;
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mean(values, tilted(n, values, sigma, mid)) < n) lo = mid;
    else hi = mid;
  }
  return tilted(n, values, sigma, (lo + hi) / 2);
}

/** Builds the table for a threshold and noise (see the module's note). */
export function buildPTable(params: NoiseParams): PTable {
  const rows: PTableRow[] = [];
  for (let n = 0; n <= params.k + params.maxNoise; n++) {
    const all = targets(n, params);
    const weights = unbiasedWeights(n, all, params.sigma);
    const values = all.filter((_, i) => weights[i]! >= NEGLIGIBLE);
    const kept = weights.filter((w) => w >= NEGLIGIBLE);
    const total = kept.reduce((a, b) => a + b, 0);
    let sum = 0;
    const cumulative = kept.map((x) => (sum += x / total));
    cumulative[cumulative.length - 1] = 1;
    rows.push({ values, cumulative });
  }
  return { params, rows };
}

/**
 * The published value of an exact count whose cell key (the sum of its records' keys, modulo
 * the key range) is `u` in [0, 1): the same count and key always give the same value.
 */
export function perturb(n: number, u: number, table: PTable): number {
  if (n <= 0) return 0;
  const last = table.rows.length - 1;
  const row = table.rows[Math.min(n, last)]!;
  const shift = n > last ? n - last : 0;
  const i = row.cumulative.findIndex((c) => u < c);
  return row.values[i < 0 ? row.values.length - 1 : i]! + shift;
}

/**
 * The exact counts that can be published as v, as a viewer who knows the table sees them: the
 * smallest and largest n whose row holds v (0 … k − 1 for a published 0).
 */
export function preimage(v: number, table: PTable): readonly [number, number] {
  let known = preimages.get(table);
  if (!known) preimages.set(table, (known = new Map()));
  let range = known.get(v);
  if (!range) known.set(v, (range = scanPreimage(v, table)));
  return range;
}

/** Each table's preimages, as they are asked for (a table never changes once built). */
const preimages = new WeakMap<PTable, Map<number, readonly [number, number]>>();

function scanPreimage(v: number, table: PTable): [number, number] {
  const last = table.rows.length - 1;
  const lastRow = table.rows[last]!;
  let lo = Infinity;
  let hi = -Infinity;
  table.rows.forEach((row, n) => {
    if (row.values.includes(v)) {
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
    }
  });
  // Beyond the table, n publishes as n + (the last row's values − last).
  for (const w of lastRow.values) {
    const n = v - (w - last);
    if (n > last) {
      lo = Math.min(lo, n);
      hi = Math.max(hi, n);
    }
  }
  return [lo, hi];
}
