/**
 * Everything one view needs from the engine under a filter, queried together: the legs, the
 * country totals, the summary, the charts and the places inside countries (none for a
 * country-level dataset). Exact figures: publish them with domain/publish before showing
 * anything. The rows of each figure are the engine's answer to its SQL, or the same rows worked
 * out by the view index (data/view-index); either way the same functions read them.
 */
import type { ChartAggregates } from '../../domain/publish';
import type { Filter, LegAggregate, PlaceAggregate, ViewSummary } from '../../domain/types';
import type { DbConnector, Row } from '../connector';
import { flowLegsSql, toLegAggregate } from './flows';
import { placeLegsSql, placePointTotalsSql, toPlaceLegAggregate } from './place-figures';
import {
  placeTotalsSql,
  placeYearTotalsSql,
  toPlaceAggregate,
  toPlaceYearAggregate,
} from './places';
import { sectorRoutesSql, toSectorRoutes } from './sector-routes';
import { sectorTotalsSql, toSectorTotals } from './sectors';
import { filterSummarySql, toViewSummary } from './summary';
import { toYearAggregate, yearTotalsSql } from './years';

export interface ViewAggregates {
  legs: LegAggregate[];
  places: PlaceAggregate[];
  summary: ViewSummary;
  charts: ChartAggregates;
}

/** The rows of each of a view's figures, as the engine returns them for its SQL. */
export interface ViewRows {
  legs: Row[];
  places: Row[];
  summary: Row[];
  sectors: Row[];
  years: Row[];
  sectorRoutes: Row[];
  placeYears: Row[];
  placeLegs: Row[];
  placePoints: Row[];
}

/** The SQL of each figure of a view (the engine's cache knows each by its text). */
export function viewSql(filter: Filter): Record<keyof ViewRows, string> {
  return {
    legs: flowLegsSql(filter),
    places: placeTotalsSql(filter),
    summary: filterSummarySql(filter),
    sectors: sectorTotalsSql(filter),
    years: yearTotalsSql(filter),
    sectorRoutes: sectorRoutesSql(filter),
    placeYears: placeYearTotalsSql(filter),
    placeLegs: placeLegsSql(filter),
    placePoints: placePointTotalsSql(filter),
  };
}

export async function queryViewRows(db: DbConnector, filter: Filter): Promise<ViewRows> {
  const sql = Object.entries(viewSql(filter));
  const rows = await Promise.all(sql.map(([, text]) => db.query(text)));
  return Object.fromEntries(sql.map(([name], i) => [name, rows[i]!])) as unknown as ViewRows;
}

/** A view's aggregates from the rows of its figures. */
export function viewAggregates(rows: ViewRows, filter: Filter): ViewAggregates {
  return {
    legs: rows.legs.map(toLegAggregate),
    places: rows.places.map(toPlaceAggregate),
    summary: toViewSummary(rows.summary[0]),
    charts: {
      sectors: toSectorTotals(rows.sectors),
      sectorsAddUp: filter.sectors.length === 0,
      sectorRoutes: toSectorRoutes(rows.sectorRoutes),
      placeYears: rows.placeYears.map(toPlaceYearAggregate),
      selected: filter.place,
      years: rows.years.map(toYearAggregate),
      yearFrom: filter.yearFrom,
      yearTo: filter.yearTo,
      placeLegs: rows.placeLegs.map(toPlaceLegAggregate),
      placePoints: rows.placePoints.map(toPlaceAggregate),
    },
  };
}

export async function queryView(db: DbConnector, filter: Filter): Promise<ViewAggregates> {
  return viewAggregates(await queryViewRows(db, filter), filter);
}
