/**
 * Scales that hold still: the domains of flow width and colour and of circle size, fixed for a
 * dataset from the published figures of its reference view (every year, no filter), so that a
 * year alone, a filter or a slide is drawn on the same scale as the whole. Pure.
 */
import { interpolateRgbBasis } from 'd3';
import { drawableValue } from '../domain/disclosure';
import type { PopulationTable } from '../domain/rates';
import { FLOW_COLORS } from './flow-colors';
import type { MapData } from './map-data';
import { flowsPerCapita, type FlowScale } from './per-capita';

const RAMP = interpolateRgbBasis(FLOW_COLORS);

/** flowmap.gl's flowLineThicknessScale, as the flows layer sets it. */
export const FLOW_LINE_SCALE = 1.4;

export interface FixedScale {
  /** The flow magnitude drawn widest and darkest (victims, or a rate per 100,000). */
  flowMax: number;
  /** The place total drawn as the largest circle. */
  circleMax: number;
}

/** The smallest of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × 10ⁿ at or above `v` (round, for the legend). */
export function niceCeil(v: number): number {
  if (!(v > 0)) return 0;
  const power = 10 ** Math.floor(Math.log10(v));
  for (const step of [1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= v - 1e-9 * power) return step * power;
  }
  return 10 * power;
}

/**
 * The fixed domains from the reference view's map data. Counts get a margin of a few victims
 * above the largest published figure: a filtered figure, perturbed on its own, may come out a
 * little above the whole.
 */
export function fixedScale(
  reference: MapData,
  flows: FlowScale,
  population: PopulationTable,
  years: { yearMin: number; yearMax: number },
): FixedScale {
  const data = flowsPerCapita(reference, flows, population, years.yearMin, years.yearMax);
  const flowPeak = Math.max(0, ...data.flows.map((f) => f.magnitude ?? f.victims.value));
  const circlePeak = Math.max(0, ...reference.places.map((p) => drawableValue(p.involved)));
  return {
    flowMax: niceCeil(flows === 'victims' ? flowPeak + 10 : flowPeak),
    circleMax: niceCeil(circlePeak + 10),
  };
}

/**
 * Sample magnitudes for the width legend: a half and the whole of the domain, and a quarter when
 * it is round; none below `floor` (the threshold: a sample under it would read like a hidden count).
 */
export function widthSamples(max: number, floor: number): number[] {
  const quarter = max / 4;
  const round = Number.isInteger(quarter) || quarter < 1;
  return [round ? quarter : null, max / 2, max].filter(
    (m): m is number => m !== null && m > 0 && m >= floor,
  );
}

/** Circle sizes for the legend: the largest, a tenth and a hundredth of it, above the floor. */
export function circleSamples(max: number, floor: number): number[] {
  return [max / 100, max / 10, max].filter((m) => m >= floor && m > 0);
}

/** flowmap.gl's line width for a magnitude on a domain [0, max], in pixels (its thickness scale). */
export function flowThicknessPx(magnitude: number, max: number): number {
  if (!(max > 0)) return 0;
  return (0.025 + 0.475 * Math.min(1, magnitude / max)) * 24 * FLOW_LINE_SCALE;
}

/** flowmap.gl's colour for a magnitude on a domain [0, max] (a cube-root ramp of FLOW_COLORS). */
export function flowColor(magnitude: number, max: number): string {
  const t = Math.min(1, Math.max(0, magnitude / (max || 1))) ** (1 / 3);
  return RAMP(t);
}
