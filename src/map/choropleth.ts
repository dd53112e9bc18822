/**
 * Shading countries by victims in one role (a choropleth), absolute or per 100,000 people per
 * year, in five quantile classes of the published figures. Hidden and withheld figures are not
 * shaded. Pure.
 */
import { scaleQuantile, scaleThreshold, schemeBlues } from 'd3';
import { drawableValue } from '../domain/disclosure';
import type { PlaceRole, PublishedPlace } from '../domain/publish';
import { populationOver, ratePer100k, type PopulationTable } from '../domain/rates';
import type { Iso3 } from '../domain/types';

export interface ShadingRequest {
  role: PlaceRole;
  perCapita: boolean;
  yearFrom: number;
  yearTo: number;
}

export interface Shading {
  /** Fill colour by country. */
  colors: Record<Iso3, string>;
  /** The classes, lowest first, with the range of values each covers. */
  classes: { color: string; from: number; to: number }[];
}

export const SHADE_COLORS = schemeBlues[5]!;

/** Classes fixed for a dataset: the four breaks between them and the range of the values. */
export interface FixedClasses {
  breaks: number[];
  min: number;
  max: number;
}

/** The figure that shades a place: its published count or its rate; null when not shaded. */
function shadeValue(
  p: PublishedPlace,
  request: Pick<ShadingRequest, 'role' | 'perCapita'>,
  population: PopulationTable,
  yearFrom: number,
  yearTo: number,
): number | null {
  const count = p[request.role];
  if (!request.perCapita) return count.kind === 'shown' ? drawableValue(count) : null;
  const rate = ratePer100k(count, populationOver(population, p.place, yearFrom, yearTo));
  return rate.kind === 'rate' ? rate.value : null;
}

/** A published place's figures over a range of years, one of those that fix the classes. */
export interface ClassFigure {
  place: PublishedPlace;
  yearFrom: number;
  yearTo: number;
}

/**
 * Classes that hold still: the quantiles of the given published figures (see use-map-picture for
 * which), with breaks between counts rounded to whole victims. Null if there are none.
 */
export function fixedClasses(
  figures: readonly ClassFigure[],
  request: Pick<ShadingRequest, 'role' | 'perCapita'>,
  population: PopulationTable,
): FixedClasses | null {
  const values = figures.flatMap((f) => {
    const v = shadeValue(f.place, request, population, f.yearFrom, f.yearTo);
    return v === null ? [] : [v];
  });
  if (values.length === 0) return null;
  const quantiles = scaleQuantile<string>().domain(values).range(SHADE_COLORS).quantiles();
  const breaks = request.perCapita ? quantiles : quantiles.map((q) => Math.round(q));
  return { breaks, min: Math.min(...values), max: Math.max(...values) };
}

/** Shades the places; with `fixed`, in those classes (a higher figure falls in the top one). */
export function computeShading(
  places: readonly PublishedPlace[],
  request: ShadingRequest,
  population: PopulationTable,
  fixed: FixedClasses | null = null,
): Shading {
  const values = new Map<Iso3, number>();
  for (const p of places) {
    const v = shadeValue(p, request, population, request.yearFrom, request.yearTo);
    if (v !== null) values.set(p.place, v);
  }
  if (fixed) {
    const scale = scaleThreshold<number, string>().domain(fixed.breaks).range(SHADE_COLORS);
    const colors: Record<Iso3, string> = {};
    for (const [place, v] of values) colors[place] = scale(v);
    const top = Math.max(fixed.max, ...values.values());
    const classes = SHADE_COLORS.map((color, i) => ({
      color,
      from: i === 0 ? Math.min(fixed.min, ...values.values()) : fixed.breaks[i - 1]!,
      to: fixed.breaks[i] ?? top,
    }));
    return { colors, classes };
  }
  if (values.size === 0) return { colors: {}, classes: [] };
  const scale = scaleQuantile<string>()
    .domain([...values.values()])
    .range(SHADE_COLORS);
  const colors: Record<Iso3, string> = {};
  for (const [place, v] of values) colors[place] = scale(v);
  const sorted = [...values.values()].sort((a, b) => a - b);
  const classes = SHADE_COLORS.map((color) => {
    const inClass = sorted.filter((v) => scale(v) === color);
    return { color, from: inClass[0] ?? NaN, to: inClass.at(-1) ?? NaN };
  }).filter((c) => !Number.isNaN(c.from));
  return { colors, classes };
}
