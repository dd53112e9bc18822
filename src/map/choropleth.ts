/**
 * Shading countries by victims in one role (a choropleth), absolute or per 100,000 people per
 * year, in five quantile classes of the published figures. Hidden and withheld figures are not
 * shaded. Pure.
 */
import { scaleQuantile, schemeBlues } from 'd3';
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

export function computeShading(
  places: readonly PublishedPlace[],
  request: ShadingRequest,
  population: PopulationTable,
): Shading {
  const values = new Map<Iso3, number>();
  for (const p of places) {
    const count = p[request.role];
    if (!request.perCapita) {
      if (count.kind === 'shown') values.set(p.place, drawableValue(count));
      continue;
    }
    const rate = ratePer100k(
      count,
      populationOver(population, p.place, request.yearFrom, request.yearTo),
    );
    if (rate.kind === 'rate') values.set(p.place, rate.value);
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
