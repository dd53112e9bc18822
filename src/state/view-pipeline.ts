/**
 * The view pipeline, one step after another: the engine's exact aggregates (data/queries/view)
 * → published figures (domain/publish) → what the map can place (map/map-data) → flows per
 * capita (map/per-capita) → the fixed scales (map/fixed-scale) → the choropleth
 * (map/choropleth). Each step is a plain function of the one before; the hooks (use-view,
 * use-map-picture) only decide when to run them.
 */
import type { ViewAggregates } from '../data/queries/view';
import type { ResolvedPolicy } from '../domain/disclosure';
import { POPULATION as population } from '../domain/population';
import { publishView, type PublishedView } from '../domain/publish';
import type { Filter, Iso3 } from '../domain/types';
import { t } from '../i18n';
import { computeShading, fixedClasses, type Shading } from '../map/choropleth';
import { fixedScale, type FixedScale } from '../map/fixed-scale';
import { toMapData, type MapData } from '../map/map-data';
import { flowsPerCapita } from '../map/per-capita';
import type { UrlShade } from './url-state';

/** A view's figures, published, and what of them the map can draw. */
export interface PublishedMapView {
  /** Every figure of the view, as published (disclosure control applied). */
  published: PublishedView;
  map: MapData;
}

export interface View extends PublishedMapView {
  /** The filter and policy the view was published under, for notes and exports. */
  filter: Filter;
  policy: ResolvedPolicy;
  version: number;
}

/** What the choropleth's classes mean, for the legend and the image export. */
export interface ShadingKey {
  classes: Shading['classes'];
  label: string;
  perCapita: boolean;
}

/** Steps 2 and 3: publish the aggregates, and keep what the basemap can anchor. */
export function publishForMap(
  aggregates: ViewAggregates,
  policy: ResolvedPolicy,
  anchors: ReadonlyMap<Iso3, [number, number]>,
): PublishedMapView {
  const { legs, places, summary, charts } = aggregates;
  const published = publishView(legs, places, summary, policy, charts);
  return { published, map: toMapData(published, anchors) };
}

/** Step 4: the flows' magnitude, victims or a rate per 100,000 of one end of the leg. */
export function perCapitaStep(view: View, flows: UrlShade['flows']): MapData {
  return flowsPerCapita(view.map, flows, population, view.filter.yearFrom, view.filter.yearTo);
}

/** The years a reference view covers (every year of its dataset). */
export function referenceYears(reference: PublishedMapView): { yearMin: number; yearMax: number } {
  const years = reference.published.years.map((y) => y.year);
  return { yearMin: Math.min(...years), yearMax: Math.max(...years) };
}

/** Step 5: widths and colours fixed for the dataset from its reference view (null: none yet). */
export function scaleStep(
  reference: PublishedMapView | null,
  flows: UrlShade['flows'],
): FixedScale | null {
  if (!reference || reference.published.years.length === 0) return null;
  return fixedScale(reference.map, flows, population, referenceYears(reference));
}

/**
 * Step 6: the choropleth, its classes fixed from the reference view when there is one. Rates per
 * year compare across ranges: the classes of every single year's rates. Counts grow with the
 * years in view: a single year (as Play steps) gets the classes of every single year's counts, a
 * longer range those of the whole.
 */
export function shadingStep(
  view: View,
  reference: PublishedMapView | null,
  shade: Pick<UrlShade, 'role' | 'perCapita'>,
): Shading | null {
  if (!shade.role) return null;
  const request = {
    role: shade.role,
    perCapita: shade.perCapita,
    yearFrom: view.filter.yearFrom,
    yearTo: view.filter.yearTo,
  };
  let classes = null;
  if (reference && reference.published.years.length > 0) {
    const { yearMin, yearMax } = referenceYears(reference);
    const singleYears = shade.perCapita || view.filter.yearFrom === view.filter.yearTo;
    const figures = singleYears
      ? reference.published.placeYears.map((p) => ({ place: p, yearFrom: p.year, yearTo: p.year }))
      : reference.published.places.map((p) => ({ place: p, yearFrom: yearMin, yearTo: yearMax }));
    classes = fixedClasses(figures, request, population);
  }
  return computeShading(view.published.places, request, population, classes);
}

/** The words of the choropleth's key. */
export function shadingKeyOf(shading: Shading | null, shade: UrlShade): ShadingKey | null {
  if (!shading || !shade.role) return null;
  const what = t(`shade.${shade.role}`);
  return {
    classes: shading.classes,
    label: shade.perCapita ? t('shade.perYear', { what }) : what,
    perCapita: shade.perCapita,
  };
}
