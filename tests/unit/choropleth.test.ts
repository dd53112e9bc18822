import { describe, expect, it } from 'vitest';
import { POPULATION as population } from '../../src/domain/population';
import { withheldFigure } from '../../src/domain/disclosure';
import { figure } from '../support/figures';
import type { PublishedPlace } from '../../src/domain/publish';
import { computeShading, SHADE_COLORS } from '../../src/map/choropleth';

const place = (iso3: string, incoming: number | 'withheld'): PublishedPlace => ({
  place: iso3,
  involved: figure(0),
  outgoing: figure(0),
  transit: figure(0),
  internal: figure(0),
  incoming: incoming === 'withheld' ? withheldFigure : figure(incoming),
});
const places = [
  place('ARG', 4500),
  place('BOL', 120),
  place('CHL', 900),
  place('PER', 300),
  place('BRA', 2000),
  place('URY', 7),
  place('PRY', 'withheld'),
];

describe('computeShading', () => {
  it('shades published figures in five quantile classes and leaves hidden ones unshaded', () => {
    const { colors, classes } = computeShading(
      places,
      { role: 'incoming', perCapita: false, yearFrom: 2019, yearTo: 2019 },
      population,
    );
    expect(Object.keys(colors).sort()).toEqual(['ARG', 'BOL', 'BRA', 'CHL', 'PER']);
    expect(colors.BOL).toBe(SHADE_COLORS[0]);
    expect(colors.ARG).toBe(SHADE_COLORS[4]);
    expect(classes.map((c) => [c.from, c.to])).toEqual([
      [120, 120],
      [300, 300],
      [900, 900],
      [2000, 2000],
      [4500, 4500],
    ]);
  });

  it('ranks by rate per 100,000 when asked: small Bolivia can outrank big Brazil', () => {
    const { colors } = computeShading(
      [place('BOL', 1000), place('BRA', 2000)],
      { role: 'incoming', perCapita: true, yearFrom: 2019, yearTo: 2019 },
      population,
    );
    // 1,000 / 11.7 M ≈ 8.6 per 100k against 2,000 / 211 M ≈ 0.9 per 100k.
    expect(SHADE_COLORS.indexOf(colors.BOL!)).toBeGreaterThan(SHADE_COLORS.indexOf(colors.BRA!));
  });
});
