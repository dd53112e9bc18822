/**
 * Publication: turns one view's exact aggregates (from SQL) into the figures the map, tooltips,
 * Table and exports may show. Exact counts go no further than this module.
 *
 * The view's relations a viewer can know are audited together (see disclosure.ts):
 * - for each country, its legs out add up to its origin and transit totals, and its legs in to
 *   its destination and transit totals;
 * - its involved total is the sum of its origin, destination, transit and internal totals;
 * - a leg's victims are the sum of its sector mix;
 * - each sector's bar is the sum of its victims by sex, of its links from origins, and of its
 *   links to destinations;
 * - with no sector filter, a country's links into sectors add up to its outgoing and internal
 *   totals, and its links from sectors to its incoming and internal totals (single-sector cases);
 * - a country's totals per year within the year range add up to its totals, and each year's
 *   involved total is the sum of that year's role totals; with a country selected, its involved
 *   total in a year is that year's bar.
 */
import { group } from 'd3';
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
  PlaceYearAggregate,
  SectorAggregate,
  SectorRouteAggregate,
  Sex,
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
export type PublishedPlaceYear = PublishedPlace & { year: number };

/** A bar of the sector chart, with its victims by sex. */
export interface PublishedSectorBar {
  sector: Sector;
  victims: Disclosed;
  bySex: { sex: Sex; victims: Disclosed }[];
}

/** A link of the origin → sector → destination chart, as published. */
export interface PublishedSectorRoute {
  end: 'origin' | 'destination';
  /** null: that end of the route is unknown. */
  place: Iso3 | null;
  sector: Sector;
  victims: Disclosed;
}

export interface PublishedView {
  legs: PublishedLeg[];
  places: PublishedPlace[];
  /** Victims per sector under every filter but the sector filter, in vocabulary order. */
  sectors: PublishedSectorBar[];
  /** Victims per year under every filter but the years. */
  years: { year: number; victims: Disclosed }[];
  /** Origin → sector and sector → destination links, under every filter but the sectors. */
  sectorRoutes: PublishedSectorRoute[];
  /** Per-country totals per year, under every filter but the years. */
  placeYears: PublishedPlaceYear[];
  victims: Disclosed;
  unplaced: Disclosed;
}

/** The charts beside the map, as exact aggregates (see data/queries/sectors and years). */
export interface ChartAggregates {
  sectors: SectorAggregate[];
  /** The sector chart's total equals the summary's: no sector filter is set. */
  sectorsAddUp: boolean;
  years: YearAggregate[];
  /** Links of the origin → sector → destination chart, under every filter but the sectors. */
  sectorRoutes?: SectorRouteAggregate[];
  /** Per-country totals per year, under every filter but the years. */
  placeYears?: PlaceYearAggregate[];
  /** The country selected, if any: every case in the view touches it. */
  selected?: Iso3 | null;
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
const placeYearId = (place: string, year: number, role: PlaceRole) =>
  `place-year:${place}:${year}:${role}`;
const sexId = (sector: string, sex: string) => `sector:${sector}:sex:${sex}`;
const routeId = (r: { end: string; place: string | null; sector: string }) =>
  `route:${r.end}:${r.place ?? '?'}:${r.sector}`;

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

/**
 * The relations of the origin → sector → destination links: with each sector's bar, and (given
 * `places`, when no sector filter is set) with each country's role totals.
 */
function sectorRouteRelations(
  routes: readonly SectorRouteAggregate[],
  sectors: readonly SectorAggregate[],
  places: readonly PlaceAggregate[],
): Relation[] {
  const relations: Relation[] = [];
  for (const end of ['origin', 'destination'] as const) {
    const atEnd = routes.filter((r) => r.end === end);
    for (const s of sectors) {
      relations.push({
        totals: [`sector:${s.sector}`],
        parts: atEnd.filter((r) => r.sector === s.sector).map(routeId),
      });
    }
    const role = end === 'origin' ? 'outgoing' : 'incoming';
    for (const p of places) {
      const parts = atEnd.filter((r) => r.place === p.place).map(routeId);
      if (parts.length > 0) {
        relations.push({ totals: [placeId(p.place, role), placeId(p.place, 'internal')], parts });
      }
    }
  }
  return relations;
}

/**
 * The relations of the per-country, per-year totals: with the country's totals over the year
 * range, between a year's roles, and (a country selected) with the year histogram.
 */
function placeYearRelations(
  placeYears: readonly PlaceYearAggregate[],
  { yearFrom, yearTo, selected }: ChartAggregates,
): Relation[] {
  const relations: Relation[] = [];
  const byPlace = group(placeYears, (p) => p.place);
  for (const [place, rows] of byPlace) {
    const inRange = rows.filter((p) => p.year >= yearFrom && p.year <= yearTo);
    for (const role of PLACE_ROLES) {
      if (inRange.length === 0) continue;
      relations.push({
        totals: [placeId(place, role)],
        parts: inRange.map((p) => placeYearId(place, p.year, role)),
      });
    }
    for (const p of rows) {
      const id = (role: PlaceRole) => placeYearId(place, p.year, role);
      relations.push({
        totals: [id('involved')],
        parts: [id('outgoing'), id('incoming'), id('transit'), id('internal')],
      });
      if (place === selected) {
        relations.push({ totals: [`year:${p.year}`], parts: [id('involved')] });
      }
    }
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
  const { sectors, sectorsAddUp, years, sectorRoutes = [], placeYears = [] } = charts;
  // Legs and the sectors of a shown leg are listed, so a viewer knows they are not empty.
  const exact = new Map<string, AuditCell>();
  for (const leg of legs) {
    const partial = leg.partial;
    exact.set(legId(leg.from, leg.to), {
      value: leg.victims,
      key: leg.key,
      partial,
      exists: true,
    });
    if (leg.victims >= policy.k) {
      for (const s of leg.sectors) {
        exact.set(sectorId(leg.from, leg.to, s.sector), {
          value: s.victims,
          key: s.key,
          partial,
          exists: true,
        });
      }
    }
  }
  for (const p of places) {
    for (const role of PLACE_ROLES) {
      exact.set(placeId(p.place, role), { value: p[role], key: p.keys[role], partial: p.partial });
    }
  }
  for (const s of sectors) {
    exact.set(`sector:${s.sector}`, { value: s.victims, key: s.key, partial: s.partial });
    for (const x of s.bySex ?? []) {
      // Listed under the bar (hidden ones too): a viewer knows they are not empty.
      exact.set(sexId(s.sector, x.sex), {
        value: x.victims,
        key: x.key,
        partial: x.partial,
        exists: true,
      });
    }
  }
  for (const y of years) {
    exact.set(`year:${y.year}`, { value: y.victims, key: y.key, partial: y.partial });
  }
  for (const p of placeYears) {
    for (const role of PLACE_ROLES) {
      exact.set(placeYearId(p.place, p.year, role), {
        value: p[role],
        key: p.keys[role],
        partial: p.partial,
      });
    }
  }
  // Every link comes from at least one case; the audit assumes a viewer knows it is not empty.
  for (const r of sectorRoutes) {
    exact.set(routeId(r), { value: r.victims, key: r.key, partial: r.partial, exists: true });
  }
  exact.set('summary:victims', {
    value: summary.victims,
    key: summary.key,
    partial: summary.partial,
  });
  // Beside the view's own relations: the sector bars add up to the total when no sector is
  // filtered (single-sector cases), and the year bars within the range always do.
  const relations = viewRelations(legs, places);
  if (sectorsAddUp && sectors.length > 0) {
    relations.push({
      totals: ['summary:victims'],
      parts: sectors.map((s) => `sector:${s.sector}`),
    });
  }
  // Each sector's bar is the sum of its victims by sex.
  for (const s of sectors) {
    if (s.bySex && s.bySex.length > 0) {
      relations.push({
        totals: [`sector:${s.sector}`],
        parts: s.bySex.map((x) => sexId(s.sector, x.sex)),
      });
    }
  }
  const inRange = years.filter((y) => y.year >= charts.yearFrom && y.year <= charts.yearTo);
  if (inRange.length > 0) {
    relations.push({ totals: ['summary:victims'], parts: inRange.map((y) => `year:${y.year}`) });
  }
  relations.push(...sectorRouteRelations(sectorRoutes, sectors, sectorsAddUp ? places : []));
  relations.push(...placeYearRelations(placeYears, charts));
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
    sectors: sectors.map((s) => ({
      sector: s.sector,
      victims: get(`sector:${s.sector}`),
      bySex: (s.bySex ?? []).map((x) => ({ sex: x.sex, victims: get(sexId(s.sector, x.sex)) })),
    })),
    years: years.map((y) => ({ year: y.year, victims: get(`year:${y.year}`) })),
    sectorRoutes: sectorRoutes.map((r) => ({
      end: r.end,
      place: r.place,
      sector: r.sector,
      victims: get(routeId(r)),
    })),
    placeYears: placeYears.map((p) => ({
      place: p.place,
      year: p.year,
      involved: get(placeYearId(p.place, p.year, 'involved')),
      outgoing: get(placeYearId(p.place, p.year, 'outgoing')),
      incoming: get(placeYearId(p.place, p.year, 'incoming')),
      transit: get(placeYearId(p.place, p.year, 'transit')),
      internal: get(placeYearId(p.place, p.year, 'internal')),
    })),
    victims: get('summary:victims'),
    unplaced: disclose(summary.unplaced, summary.unplacedKey, policy, summary.partial),
  };
}
