import type { CanonicalRow } from '../../src/data/ingest/importers';

/**
 * Victims per case shape (year, route, sectors, sex, age group) of imported rows; counts
 * suppressed at source ("<5") are kept apart, as text.
 */
export function victimsByShape(rows: readonly CanonicalRow[]): Record<string, number | string> {
  const out: Record<string, number | string> = {};
  for (const r of rows) {
    const key = JSON.stringify([
      r.year,
      r.origin,
      r.transit,
      r.destination,
      r.sectors,
      r.sex,
      r.age_group,
    ]);
    if (typeof r.victims === 'string') out[`${key} ${r.victims}`] = r.victims;
    else out[key] = ((out[key] as number | undefined) ?? 0) + r.victims;
  }
  return out;
}
