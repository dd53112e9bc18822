/**
 * The focus step of the view pipeline: for a world-wide dataset, the flows that touch South
 * America (places outside it grouped by world region if asked), and the countries of the region
 * in Compare and the Table. The region's legs are queried with their own keys (the records they
 * hold), so they are published like every leg.
 */
import type { DbConnector } from '../data/connector';
import { queryRegionLegs } from '../data/queries/region-legs';
import type { ViewAggregates } from '../data/queries/view';
import { isSouthAmerica } from '../domain/countries';
import type { Filter, Iso3 } from '../domain/types';
import { REGION_PREFIX, WORLD_REGIONS } from '../domain/world-regions';
import type { UrlFocus } from './url-state';

/** Which flows are shown, once `auto` is decided for the dataset. */
export interface ResolvedFocus {
  region: boolean;
  regions: boolean;
}

export function resolveFocus(focus: UrlFocus, spansWorld: boolean): ResolvedFocus {
  const region = focus.scope === 'region' || (focus.scope === 'auto' && spansWorld);
  return { region, regions: region && focus.regions };
}

/** Where each region's node is drawn, beside the basemap's country anchors. */
export function withRegionAnchors(
  anchors: ReadonlyMap<Iso3, [number, number]>,
): ReadonlyMap<Iso3, [number, number]> {
  const all = new Map(anchors);
  for (const r of WORLD_REGIONS) all.set(`${REGION_PREFIX}${r.id}`, r.at);
  return all;
}

export async function focusAggregates(
  db: DbConnector,
  filter: Filter,
  aggregates: ViewAggregates,
  focus: ResolvedFocus,
): Promise<ViewAggregates> {
  if (!focus.region) return aggregates;
  const legs = await queryRegionLegs(db, filter, { group: focus.regions });
  return { ...aggregates, legs, places: aggregates.places.filter((p) => isSouthAmerica(p.place)) };
}
