/**
 * Flows per capita: each drawn leg's width and colour by victims per 100,000 people per year of
 * its origin's (or destination's) population, computed from the published count (domain/rates).
 * A leg whose country has no population figure is left out and counted. Pure.
 */
import { populationOver, ratePer100k, type PopulationTable } from '../domain/rates';
import type { MapData } from './map-data';

export type FlowScale = 'victims' | 'origin' | 'destination';

export function flowsPerCapita(
  data: MapData,
  scale: FlowScale,
  population: PopulationTable,
  yearFrom: number,
  yearTo: number,
): MapData {
  if (scale === 'victims') return data;
  const flows = data.flows.flatMap((f) => {
    const country = scale === 'origin' ? f.from : f.to;
    const rate = ratePer100k(f.victims, populationOver(population, country, yearFrom, yearTo));
    return rate.kind === 'rate' ? [{ ...f, magnitude: rate.value }] : [];
  });
  return { ...data, flows, legsWithoutRate: data.flows.length - flows.length };
}
