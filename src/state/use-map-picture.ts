import { useCallback, useMemo, useState } from 'react';
import type { ScaleState } from '@flowmap.gl/data';
import type { ResolvedPolicy } from '../domain/disclosure';
import type { Shading } from '../map/choropleth';
import type { FixedScale } from '../map/fixed-scale';
import { legendSamples, type LegendSamples } from '../map/legend-samples';
import type { MapData } from '../map/map-data';
import type { FlowScale } from '../map/per-capita';
import type { UrlShade } from './url-state';
import {
  perCapitaStep,
  scaleStep,
  shadingKeyOf,
  shadingStep,
  type PublishedMapView,
  type ShadingKey,
  type View,
} from './view-pipeline';

export type { ShadingKey };

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
 * The last steps of the view pipeline (state/view-pipeline), each run again only when what it
 * reads changes: the flows (per capita if asked), the scales, fixed for the dataset from its
 * reference view unless "Fit to view" is chosen, and the choropleth.
 */
export function useMapPicture(
  view: View | null,
  reference: PublishedMapView | null,
  shade: UrlShade,
  policy: ResolvedPolicy,
): MapPicture {
  const [fitted, setFitted] = useState<ScaleState | null>(null);
  const onScaleChange = useCallback((s: unknown) => setFitted((s as ScaleState) ?? null), []);
  const fixed = shade.fit ? null : reference;
  const { flows, role, perCapita } = shade;
  const data = useMemo(() => (view ? perCapitaStep(view, flows) : null), [view, flows]);
  const scale = useMemo(() => scaleStep(fixed, flows), [fixed, flows]);
  const shading = useMemo(
    () => (view ? shadingStep(view, fixed, { role, perCapita }) : null),
    [view, fixed, role, perCapita],
  );
  const perCapitaOf = flows === 'victims' ? null : flows;
  const samples = legendSamples(scale, fitted, data, perCapitaOf ? 0 : policy.k, policy.k);
  return {
    data,
    scale,
    shading,
    shadingKey: shadingKeyOf(shading, shade),
    perCapitaOf,
    fitted,
    onScaleChange,
    samples,
  };
}
