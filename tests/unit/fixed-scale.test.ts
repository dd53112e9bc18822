import { describe, expect, it } from 'vitest';
import type { Disclosed } from '../../src/domain/disclosure';
import { computeShading, fixedClasses } from '../../src/map/choropleth';
import {
  circleSamples,
  fixedScale,
  flowThicknessPx,
  niceCeil,
  widthSamples,
} from '../../src/map/fixed-scale';
import type { MapData, MapPlace } from '../../src/map/map-data';
import type { PublishedPlaceYear } from '../../src/domain/publish';
import type { PopulationTable } from '../../src/domain/rates';

const NO_POPULATION: PopulationTable = { source: '', firstYear: 2010, values: {} };

const shown = (value: number) => ({ kind: 'shown', value }) as const;
const hidden: Disclosed = { kind: 'suppressed', k: 10 };
const place = (id: string, involved: number): MapPlace => ({
  place: id,
  position: [0, 0],
  involved: shown(involved),
  outgoing: hidden,
  incoming: shown(involved),
  transit: hidden,
  internal: hidden,
});
const reference: MapData = {
  locations: [],
  flows: [
    { from: 'BOL', to: 'ARG', victims: shown(5412), sectors: [] },
    { from: 'PER', to: 'CHL', victims: shown(900), sectors: [] },
  ],
  places: [place('ARG', 9000), place('BOL', 6100)],
  hiddenLegs: 0,
  unmappedLegs: 0,
};

describe('scales fixed for the dataset', () => {
  it('rounds up to a number a legend can show', () => {
    expect([niceCeil(5422), niceCeil(6000), niceCeil(9010), niceCeil(0.37)]).toEqual([
      6000, 6000, 10000, 0.4,
    ]);
  });

  it('takes its domains from the reference view, with room above its largest figures', () => {
    const scale = fixedScale(reference, 'victims', NO_POPULATION, { yearMin: 2010, yearMax: 2023 });
    expect(scale).toEqual({ flowMax: 6000, circleMax: 10000 });
  });

  it('draws a figure at the top of the domain as wide as flowmap.gl does', () => {
    expect(flowThicknessPx(6000, 6000)).toBeCloseTo(0.5 * 24 * 1.4);
    expect(flowThicknessPx(60_000, 6000)).toBeCloseTo(flowThicknessPx(6000, 6000));
  });

  it('labels samples at or above the threshold only', () => {
    expect(widthSamples(6000, 10)).toEqual([1500, 3000, 6000]);
    expect(widthSamples(30, 10)).toEqual([15, 30]);
    expect(circleSamples(10000, 10)).toEqual([100, 1000, 10000]);
    expect(circleSamples(500, 10)).toEqual([50, 500]);
  });
});

describe('choropleth classes fixed for the dataset', () => {
  const years: PublishedPlaceYear[] = [10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((v, i) => ({
    ...place(i % 2 ? 'ARG' : 'BOL', v),
    year: 2010 + i,
  }));
  const classes = fixedClasses(
    years.map((p) => ({ place: p, yearFrom: p.year, yearTo: p.year })),
    { role: 'incoming', perCapita: false },
    NO_POPULATION,
  )!;

  it('breaks the single-year figures of the whole into five classes', () => {
    expect(classes.breaks).toHaveLength(4);
    expect(classes.breaks.every(Number.isInteger)).toBe(true);
    expect(classes.min).toBe(10);
    expect(classes.max).toBe(100);
  });

  it('gives the same classes whatever the view holds, a higher figure in the top one', () => {
    const request = { role: 'incoming', perCapita: false, yearFrom: 2023, yearTo: 2023 } as const;
    const small = computeShading([place('ARG', 15)], request, NO_POPULATION, classes);
    const large = computeShading(
      [place('ARG', 15), place('BOL', 900)],
      request,
      NO_POPULATION,
      classes,
    );
    expect(small.classes.slice(1)).toEqual(large.classes.slice(1, 4).concat(small.classes[4]!));
    expect(small.colors.ARG).toBe(small.classes[0]!.color);
    expect(large.colors.BOL).toBe(large.classes[4]!.color);
    expect(large.classes[4]!.to).toBe(900);
  });
});
