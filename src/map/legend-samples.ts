/**
 * What a legend of the map shows, for the overlay and the image export alike: labelled flow
 * widths in their colours, the ramp's stops, and labelled circle sizes, from the fixed domains or
 * those flowmap.gl fitted to the view. Pure.
 */
import type { ScaleState } from '@flowmap.gl/data';
import { drawableValue } from '../domain/disclosure';
import {
  circleSamples,
  flowColor,
  flowThicknessPx,
  widthSamples,
  type FixedScale,
} from './fixed-scale';
import { circleRadiusPx } from './layers';
import type { MapData } from './map-data';

export interface LegendSamples {
  flowMax: number;
  circleMax: number;
  widths: { magnitude: number; color: string; widthPx: number }[];
  /** Colours along the ramp, from 0 to flowMax in ten steps. */
  ramp: string[];
  circles: { value: number; radiusPx: number }[];
}

/**
 * Samples are scale values, not counts: none below `floor` (the threshold, for counts), so none
 * reads like a hidden figure; rates per 100,000 are not counts and pass 0.
 */
export function legendSamples(
  scale: FixedScale | null,
  fitted: ScaleState | null,
  data: MapData | null,
  floor: number,
  circleFloor: number,
): LegendSamples {
  const flowMax = scale?.flowMax ?? fitted?.flowThickness?.domain[1] ?? 0;
  const circleMax =
    scale?.circleMax ?? Math.max(0, ...(data?.places ?? []).map((p) => drawableValue(p.involved)));
  const widths = (flowMax > 0 ? widthSamples(flowMax, floor) : []).map((magnitude) => ({
    magnitude,
    color: flowColor(magnitude, flowMax),
    widthPx: Math.max(1, flowThicknessPx(magnitude, flowMax)),
  }));
  const ramp =
    flowMax > 0 ? Array.from({ length: 11 }, (_, i) => flowColor((i / 10) * flowMax, flowMax)) : [];
  const circles = (circleMax > 0 ? circleSamples(circleMax, circleFloor) : []).map((value) => ({
    value,
    radiusPx: circleRadiusPx(value, circleMax),
  }));
  return { flowMax, circleMax, widths, ramp, circles };
}
