/**
 * Flows per capita: each drawn leg's width and colour by victims per 100,000 people per year of
 * its origin's (or destination's) population, computed from the published count (domain/rates).
 * A leg whose country has no population figure is left out and counted. Pure.
 */
import { placeCountry } from '../domain/gazetteer';
import { populationOver, ratePer100k, type PopulationTable } from '../domain/rates';
import type { MapData, MapFlow } from './map-data';

export type FlowScale = 'victims' | 'origin' | 'destination';

export function flowsPerCapita(
  data: MapData,
  scale: FlowScale,
  population: PopulationTable,
  yearFrom: number,
  yearTo: number,
): MapData {
  if (scale === 'victims') return data;
  // A place inside a country (map/place-zoom) is rated by its country's population.
  const rated = (all: MapFlow[]) =>
    all.flatMap((f) => {
      const end = scale === 'origin' ? f.from : f.to;
      const country = placeCountry(end) ?? end;
      const rate = ratePer100k(f.victims, populationOver(population, country, yearFrom, yearTo));
      return rate.kind === 'rate' ? [{ ...f, magnitude: rate.value }] : [];
    });
  const flows = rated(data.flows);
  const placeLevel = data.placeLevel && { ...data.placeLevel, flows: rated(data.placeLevel.flows) };
  return {
    ...data,
    flows,
    legsWithoutRate: data.flows.length - flows.length,
    ...(placeLevel ? { placeLevel } : {}),
  };
}
