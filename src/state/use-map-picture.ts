import { useCallback, useMemo, useState } from 'react';
import type { ScaleState } from '@flowmap.gl/data';
import type { ResolvedPolicy } from '../domain/disclosure';
import { POPULATION as population } from '../domain/population';
import { t } from '../i18n';
import { computeShading, fixedClasses, type Shading } from '../map/choropleth';
import { fixedScale, type FixedScale } from '../map/fixed-scale';
import { legendSamples, type LegendSamples } from '../map/legend-samples';
import type { MapData } from '../map/map-data';
import { flowsPerCapita, type FlowScale } from '../map/per-capita';
import type { View } from './use-dashboard';
import type { UrlShade } from './url-state';

/** What the choropleth's classes mean, for the legend and the image export. */
export interface ShadingKey {
  classes: Shading['classes'];
  label: string;
  perCapita: boolean;
}

export interface MapPicture {
  /** What the map draws: victims, or rates per 100,000 as the flows' magnitude. */
  data: MapData | null;
  /** The domains fixed for the dataset; null: fit to the view (chosen, or no reference yet). */
  scale: FixedScale | null;
  shading: Shading | null;
  shadingKey: ShadingKey | null;
  /** Flow widths show rates per 100,000 people of this end of the leg, if not victims. */
  perCapitaOf: Exclude<FlowScale, 'victims'> | null;
  /** The scale flowmap.gl fitted to the view (when not fixed), as it reports it. */
  fitted: ScaleState | null;
  onScaleChange: (scale: unknown) => void;
  /** The legend's samples, for the overlay and the image export. */
  samples: LegendSamples;
}

/**
 * The picture the map draws from a view: its flows (per capita if asked), the scales, fixed for
 * the dataset from its reference view unless "Fit to view" is chosen, and the choropleth.
 */
export function useMapPicture(
  view: View | null,
  reference: Pick<View, 'published' | 'map'> | null,
  shade: UrlShade,
  policy: ResolvedPolicy,
): MapPicture {
  const [fitted, setFitted] = useState<ScaleState | null>(null);
  const onScaleChange = useCallback((s: unknown) => setFitted((s as ScaleState) ?? null), []);
  const fixed = reference && !shade.fit ? reference : null;
  const refYears = fixed?.published.years.map((y) => y.year) ?? [];
  const yearMin = Math.min(...refYears);
  const yearMax = Math.max(...refYears);
  const data = useMemo(
    () =>
      view
        ? flowsPerCapita(
            view.map,
            shade.flows,
            population,
            view.filter.yearFrom,
            view.filter.yearTo,
          )
        : null,
    [view, shade.flows],
  );
  const scale = useMemo(
    () =>
      fixed && refYears.length > 0
        ? fixedScale(fixed.map, shade.flows, population, { yearMin, yearMax })
        : null,
    // refYears follows `fixed`.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [fixed, shade.flows, yearMin, yearMax],
  );
  const shading = useMemo(() => {
    if (!view || !shade.role) return null;
    const request = {
      role: shade.role,
      perCapita: shade.perCapita,
      yearFrom: view.filter.yearFrom,
      yearTo: view.filter.yearTo,
    };
    // Rates per year compare across ranges: the classes of every single year's rates. Counts
    // grow with the years in view: a single year (as Play steps) gets the classes of every
    // single year's counts, a longer range those of the whole.
    const singleYears = shade.perCapita || view.filter.yearFrom === view.filter.yearTo;
    const figures = !fixed
      ? []
      : singleYears
        ? fixed.published.placeYears.map((p) => ({ place: p, yearFrom: p.year, yearTo: p.year }))
        : fixed.published.places.map((p) => ({ place: p, yearFrom: yearMin, yearTo: yearMax }));
    const classes = fixed ? fixedClasses(figures, request, population) : null;
    return computeShading(view.published.places, request, population, classes);
  }, [view, fixed, shade.role, shade.perCapita, yearMin, yearMax]);
  const shadingKey =
    shading && shade.role
      ? {
          classes: shading.classes,
          label: shade.perCapita
            ? t('shade.perYear', { what: t(`shade.${shade.role}`) })
            : t(`shade.${shade.role}`),
          perCapita: shade.perCapita,
        }
      : null;
  const perCapitaOf = shade.flows === 'victims' ? null : shade.flows;
  const samples = legendSamples(scale, fitted, data, perCapitaOf ? 0 : policy.k, policy.k);
  return { data, scale, shading, shadingKey, perCapitaOf, fitted, onScaleChange, samples };
}
