/** Legs and their sector mix: a leg's victims are the sum of its sectors. */
import type { DisclosurePolicy } from '../disclosure';
import type { Relation } from '../audit';
import type { LegAggregate } from '../types';
import { type ExactCells, legId, legSectorId, type ReadCell } from './cells';
import { byPublished, type PublishedLeg } from './figures';

/**
 * Legs and the sectors of a leg at or above k are listed, so a viewer knows they are not empty;
 * the mix of a leg below k is not published at all.
 */
export function legCells(
  legs: readonly LegAggregate[],
  policy: DisclosurePolicy,
  exact: ExactCells,
) {
  for (const leg of legs) {
    const { partial } = leg;
    exact.set(legId(leg.from, leg.to), { value: leg.victims, key: leg.key, partial, exists: true });
    if (leg.victims < policy.k) continue;
    for (const s of leg.sectors) {
      exact.set(legSectorId(leg.from, leg.to, s.sector), {
        value: s.victims,
        key: s.key,
        partial,
        exists: true,
      });
    }
  }
}

export function legRelations(legs: readonly LegAggregate[]): Relation[] {
  return legs
    .filter((leg) => leg.sectors.length > 0)
    .map((leg) => ({
      totals: [legId(leg.from, leg.to)],
      parts: leg.sectors.map((s) => legSectorId(leg.from, leg.to, s.sector)),
    }));
}

/** The cell ids of a leg and of its sectors (country legs by default; place legs have theirs). */
export interface LegCellIds {
  leg: (from: string, to: string) => string;
  sector: (from: string, to: string, sector: string) => string;
}

const COUNTRY_LEG_IDS: LegCellIds = { leg: legId, sector: legSectorId };

/** The published legs, largest first, each with its sector mix (none for a leg below k). */
export function readLegs(
  legs: readonly LegAggregate[],
  policy: DisclosurePolicy,
  get: ReadCell,
  ids: LegCellIds = COUNTRY_LEG_IDS,
): PublishedLeg[] {
  return legs
    .map((leg) => ({
      from: leg.from,
      to: leg.to,
      victims: get(ids.leg(leg.from, leg.to)),
      sectors:
        leg.victims >= policy.k
          ? leg.sectors
              .map((s) => ({
                sector: s.sector,
                victims: get(ids.sector(leg.from, leg.to, s.sector)),
              }))
              .sort((a, b) => byPublished(a.victims, b.victims) || a.sector.localeCompare(b.sector))
          : [],
    }))
    .sort(
      (a, b) =>
        byPublished(a.victims, b.victims) ||
        a.from.localeCompare(b.from) ||
        a.to.localeCompare(b.to),
    );
}
