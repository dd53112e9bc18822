/**
 * Publication: turns one view's exact aggregates (from SQL) into the figures the map, tooltips,
 * Table and exports may show. Exact counts go no further than this module.
 *
 * The view's relations a viewer can know are audited together (see disclosure.ts):
 * - for each country, its legs out add up to its origin and transit totals, and its legs in to
 *   its destination and transit totals;
 * - its involved total is the sum of its origin, destination, transit and internal totals;
 * - a leg's victims are the sum of its sector mix.
 */
import {
  auditRelations,
  type AuditCell,
  disclose,
  type Disclosed,
  type DisclosurePolicy,
  type Relation,
} from './disclosure';
import type { Sector } from './sectors';
import type {
  Iso3,
  LegAggregate,
  PlaceAggregate,
  SectorAggregate,
  ViewSummary,
  YearAggregate,
} from './types';

export interface PublishedLeg {
  from: Iso3;
  to: Iso3;
  victims: Disclosed;
  /** Sectors on this leg, largest first; empty for a hidden leg (its mix is not published). */
  sectors: { sector: Sector; victims: Disclosed }[];
}

export const PLACE_ROLES = ['involved', 'outgoing', 'incoming', 'transit', 'internal'] as const;
export type PlaceRole = (typeof PLACE_ROLES)[number];

export type PublishedPlace = { place: Iso3 } & Record<PlaceRole, Disclosed>;

export interface PublishedView {
  legs: PublishedLeg[];
  places: PublishedPlace[];
  /** Victims per sector under every filter but the sector filter, in vocabulary order. */
  sectors: { sector: Sector; victims: Disclosed }[];
  /** Victims per year under every filter but the years. */
  years: { year: number; victims: Disclosed }[];
  victims: Disclosed;
  unplaced: Disclosed;
}

/** The charts beside the map, as exact aggregates (see data/queries/sectors and years). */
export interface ChartAggregates {
  sectors: SectorAggregate[];
  /** The sector chart's total equals the summary's: no sector filter is set. */
  sectorsAddUp: boolean;
  years: YearAggregate[];
  /** The year range in force: its years add up to the summary's total. */
  yearFrom: number;
  yearTo: number;
}

const NO_CHARTS: ChartAggregates = {
  sectors: [],
  sectorsAddUp: false,
  years: [],
  yearFrom: 0,
  yearTo: 0,
};

const legId = (from: string, to: string) => `leg:${from}>${to}`;
const sectorId = (from: string, to: string, sector: string) => `${legId(from, to)}:${sector}`;
const placeId = (place: string, role: PlaceRole) => `place:${place}:${role}`;

/** Rank of a published figure for ordering: shown values, then withheld, then hidden. */
export function publishedRank(d: Disclosed): number {
  if (d.kind === 'shown') return d.value;
  return d.kind === 'withheld' ? -1 : -2;
}

/** The relations between a view's cells that a viewer of the view can know. */
export function viewRelations(legs: LegAggregate[], places: PlaceAggregate[]): Relation[] {
  const relations: Relation[] = [];
  for (const leg of legs) {
    if (leg.sectors.length > 0) {
      relations.push({
        totals: [legId(leg.from, leg.to)],
        parts: leg.sectors.map((s) => sectorId(leg.from, leg.to, s.sector)),
      });
    }
  }
  for (const p of places) {
    const id = (role: PlaceRole) => placeId(p.place, role);
    relations.push({
      totals: [id('outgoing'), id('transit')],
      parts: legs.filter((l) => l.from === p.place).map((l) => legId(l.from, l.to)),
    });
    relations.push({
      totals: [id('incoming'), id('transit')],
      parts: legs.filter((l) => l.to === p.place).map((l) => legId(l.from, l.to)),
    });
    relations.push({
      totals: [id('involved')],
      parts: [id('outgoing'), id('incoming'), id('transit'), id('internal')],
    });
  }
  return relations;
}

/** Applies the disclosure policy, with the audit of the view's relations, to one view. */
export function publishView(
  legs: LegAggregate[],
  places: PlaceAggregate[],
  summary: ViewSummary,
  policy: DisclosurePolicy,
  charts: ChartAggregates = NO_CHARTS,
): PublishedView {
  const { sectors, sectorsAddUp, years } = charts;
  // Legs and the sectors of a shown leg are listed, so a viewer knows they are not empty.
  const exact = new Map<string, AuditCell>();
  for (const leg of legs) {
    const partial = leg.partial;
    exact.set(legId(leg.from, leg.to), { value: leg.victims, partial, exists: true });
    if (leg.victims >= policy.k) {
      for (const s of leg.sectors) {
        exact.set(sectorId(leg.from, leg.to, s.sector), {
          value: s.victims,
          partial,
          exists: true,
        });
      }
    }
  }
  for (const p of places) {
    for (const role of PLACE_ROLES) {
      exact.set(placeId(p.place, role), { value: p[role], partial: p.partial });
    }
  }
  for (const s of sectors) {
    exact.set(`sector:${s.sector}`, { value: s.victims, partial: s.partial });
  }
  for (const y of years) exact.set(`year:${y.year}`, { value: y.victims, partial: y.partial });
  exact.set('summary:victims', { value: summary.victims, partial: summary.partial });
  // Beside the view's own relations: the sector bars add up to the total when no sector is
  // filtered (single-sector cases), and the year bars within the range always do.
  const relations = viewRelations(legs, places);
  if (sectorsAddUp && sectors.length > 0) {
    relations.push({
      totals: ['summary:victims'],
      parts: sectors.map((s) => `sector:${s.sector}`),
    });
  }
  const inRange = years.filter((y) => y.year >= charts.yearFrom && y.year <= charts.yearTo);
  if (inRange.length > 0) {
    relations.push({ totals: ['summary:victims'], parts: inRange.map((y) => `year:${y.year}`) });
  }
  const published = auditRelations(exact, relations, policy);
  const get = (id: string): Disclosed => published.get(id)!;
  // Order by published figures only: an order by exact counts would tell apart equal-looking
  // cells, hidden ones included.
  const byPublished = (a: Disclosed, b: Disclosed) => publishedRank(b) - publishedRank(a);
  return {
    legs: legs
      .map((leg) => ({
        from: leg.from,
        to: leg.to,
        victims: get(legId(leg.from, leg.to)),
        sectors:
          leg.victims >= policy.k
            ? leg.sectors
                .map((s) => ({
                  sector: s.sector,
                  victims: get(sectorId(leg.from, leg.to, s.sector)),
                }))
                .sort(
                  (a, b) => byPublished(a.victims, b.victims) || a.sector.localeCompare(b.sector),
                )
            : [],
      }))
      .sort(
        (a, b) =>
          byPublished(a.victims, b.victims) ||
          a.from.localeCompare(b.from) ||
          a.to.localeCompare(b.to),
      ),
    places: places
      .map((p) => ({
        place: p.place,
        involved: get(placeId(p.place, 'involved')),
        outgoing: get(placeId(p.place, 'outgoing')),
        incoming: get(placeId(p.place, 'incoming')),
        transit: get(placeId(p.place, 'transit')),
        internal: get(placeId(p.place, 'internal')),
      }))
      .sort((a, b) => byPublished(a.involved, b.involved) || a.place.localeCompare(b.place)),
    sectors: sectors.map((s) => ({ sector: s.sector, victims: get(`sector:${s.sector}`) })),
    years: years.map((y) => ({ year: y.year, victims: get(`year:${y.year}`) })),
    victims: get('summary:victims'),
    unplaced: disclose(summary.unplaced, policy, summary.partial),
  };
}
