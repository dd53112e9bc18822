/**
 * Everything one view needs from the engine under a filter, queried together: the legs, the
 * country totals, the summary, the charts and the places inside countries (none for a
 * country-level dataset). Exact figures: publish them with
 * domain/publish before showing anything.
 */
import type { ChartAggregates } from '../../domain/publish';
import type { Filter, LegAggregate, PlaceAggregate, ViewSummary } from '../../domain/types';
import type { DbConnector } from '../connector';
import { queryFlowLegs } from './flows';
import { queryPlaceLegs, queryPlacePointTotals } from './place-figures';
import { queryPlaceTotals, queryPlaceYearTotals } from './places';
import { querySectorRoutes } from './sector-routes';
import { querySectorTotals } from './sectors';
import { queryFilterSummary } from './summary';
import { queryYearTotals } from './years';

export interface ViewAggregates {
  legs: LegAggregate[];
  places: PlaceAggregate[];
  summary: ViewSummary;
  charts: ChartAggregates;
}

export async function queryView(db: DbConnector, filter: Filter): Promise<ViewAggregates> {
  const [legs, places, summary, sectors, years, sectorRoutes, placeYears, placeLegs, placePoints] =
    await Promise.all([
      queryFlowLegs(db, filter),
      queryPlaceTotals(db, filter),
      queryFilterSummary(db, filter),
      querySectorTotals(db, filter),
      queryYearTotals(db, filter),
      querySectorRoutes(db, filter),
      queryPlaceYearTotals(db, filter),
      queryPlaceLegs(db, filter),
      queryPlacePointTotals(db, filter),
    ]);
  return {
    legs,
    places,
    summary,
    charts: {
      sectors,
      sectorsAddUp: filter.sectors.length === 0,
      sectorRoutes,
      placeYears,
      selected: filter.place,
      years,
      yearFrom: filter.yearFrom,
      yearTo: filter.yearTo,
      placeLegs,
      placePoints,
    },
  };
}
