/**
 * Publication: turns one view's exact aggregates (from SQL) into the figures the map, tooltips,
 * Table and exports may show. Exact counts go no further than this module.
 *
 * Each figure family puts its cells in, states the relations a viewer can know between them
 * (each family's file says which), and reads its published cells back. The relations of the
 * whole view are audited together (see disclosure.ts auditRelations).
 */
import { disclose, type DisclosurePolicy } from '../disclosure';
import { auditRelations, type Relation } from '../audit';
import type {
  Iso3,
  LegAggregate,
  PlaceAggregate,
  PlaceLegAggregate,
  PlaceYearAggregate,
  SectorAggregate,
  SectorRouteAggregate,
  ViewSummary,
  YearAggregate,
} from '../types';
import { type ExactCells, SUMMARY_ID } from './cells';
import type { PublishedView } from './figures';
import { legCells, legRelations, readLegs } from './legs';
import { placeCells, placeRelations, readPlaces } from './places';
import {
  placeFigureCells,
  placeFigureRelations,
  readPlaceFigures,
  withPlaceLegs,
} from './place-figures';
import { placeYearCells, placeYearRelations, readPlaceYears } from './place-years';
import { readSectorRoutes, sectorRouteCells, sectorRouteRelations } from './sector-routes';
import { readSectors, sectorCells, sectorRelations } from './sectors';
import { readYears, yearCells, yearRelations } from './years';

export * from './figures';
export type { PublishedPlaceLeg } from './place-figures';

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
  /** Legs between places inside countries, and the places' totals (see place-figures.ts). */
  placeLegs?: PlaceLegAggregate[];
  placePoints?: PlaceAggregate[];
}

const NO_CHARTS: ChartAggregates = {
  sectors: [],
  sectorsAddUp: false,
  years: [],
  yearFrom: 0,
  yearTo: 0,
};

/** The relations between a view's legs and countries that a viewer of the map can know. */
export function viewRelations(legs: LegAggregate[], places: PlaceAggregate[]): Relation[] {
  return [...legRelations(legs), ...placeRelations(legs, places)];
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
  const { placeLegs = [], placePoints = [] } = charts;
  const exact: ExactCells = new Map();
  legCells(legs, policy, exact);
  placeCells(places, exact);
  sectorCells(sectors, exact);
  yearCells(years, exact);
  placeYearCells(placeYears, exact);
  sectorRouteCells(sectorRoutes, exact);
  placeFigureCells(placeLegs, placePoints, policy, exact);
  exact.set(SUMMARY_ID, { value: summary.victims, key: summary.key, partial: summary.partial });

  const relations = [
    ...viewRelations(legs, places),
    ...sectorRelations(sectors, sectorsAddUp),
    ...yearRelations(years, charts.yearFrom, charts.yearTo),
    ...sectorRouteRelations(sectorRoutes, sectors, sectorsAddUp ? places : []),
    ...placeYearRelations(placeYears, charts),
    ...placeFigureRelations(placeLegs, placePoints, legs),
  ];
  const published = auditRelations(exact, relations, policy);
  const get = (id: string) => published.get(id)!;
  const inside = readPlaceFigures(placeLegs, placePoints, policy, get);
  return {
    legs: withPlaceLegs(readLegs(legs, policy, get), inside.placeLegs),
    // Only where the dataset has places: a country-level view is as it was before places.
    ...(inside.placeLegs.length + inside.placePoints.length > 0 ? inside : {}),
    places: readPlaces(places, get),
    sectors: readSectors(sectors, get),
    years: readYears(years, get),
    sectorRoutes: readSectorRoutes(sectorRoutes, get),
    placeYears: readPlaceYears(placeYears, get),
    victims: get(SUMMARY_ID),
    unplaced: disclose(summary.unplaced, summary.unplacedKey, policy, summary.partial),
  };
}
