import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { POPULATION as population } from '../../src/domain/population';
import { withheldFigure } from '../../src/domain/disclosure';
import { figure } from '../support/figures';
import { populationOver, ratePer100k } from '../../src/domain/rates';
import { formatRate } from '../../src/i18n/rate-text';
import { RankedBars } from '../../src/ui/charts/RankedBars';
import { readableSvg } from '../support/readable-svg';

describe('rates per 100,000', () => {
  it('match a hand computation from the World Bank figures', () => {
    // World Bank: Bolivia 11,671,386 people in 2019 and 11,816,299 in 2020; Argentina 44,973,465 in 2019.
    expect(populationOver(population, 'BOL', 2019, 2019)).toBe(11_671_386);
    expect(populationOver(population, 'BOL', 2019, 2020)).toBe(11_671_386 + 11_816_299);
    // 120 victims in Bolivia in 2019: 120 / 11,671,386 × 100,000 = 1.0282 per 100k.
    const bol = ratePer100k(figure(120), populationOver(population, 'BOL', 2019, 2019));
    expect(bol.kind === 'rate' && bol.value).toBeCloseTo(1.0282, 4);
    expect(formatRate(bol)).toBe('1.03');
    // 240 victims over 2019–2020: 240 / 23,487,685 × 100,000 = 1.0218 per 100k per year.
    const two = ratePer100k(figure(240), populationOver(population, 'BOL', 2019, 2020));
    expect(formatRate(two)).toBe('1.02');
    // 4,500 in Argentina in 2019: 10.006 per 100k.
    expect(
      formatRate(ratePer100k(figure(4500), populationOver(population, 'ARG', 2019, 2019))),
    ).toBe('10.0');
  });

  it('come from published counts only, and say why when there is none', () => {
    // 124 victims publish as 120: the rate is that of 120, not of the exact count.
    const rate = ratePer100k(figure(124), 100_000);
    expect(rate.kind === 'rate' && rate.value).toBeCloseTo(120, 9);
    expect(formatRate(ratePer100k(figure(7), 100_000))).toBe('< 10 victims');
    expect(formatRate(ratePer100k(withheldFigure, 100_000))).toBe('withheld');
    expect(formatRate(ratePer100k(figure(50), null))).toBe('no population figure');
    expect(populationOver(population, 'BOL', 1990, 2019)).toBeNull();
    expect(populationOver(population, 'XXX', 2019, 2019)).toBeNull();
  });
});

describe('RankedBars', () => {
  it('renders ranked bars (golden SVG)', async () => {
    const svg = renderToStaticMarkup(
      <RankedBars
        label="Countries by victims as destination"
        selected={['BOL']}
        bars={[
          { id: 'ARG', label: 'Argentina', value: 1230, text: '1,230' },
          { id: 'BOL', label: 'Bolivia', value: 410, text: '410' },
          { id: 'URY', label: 'Uruguay', value: 0, text: '< 10' },
        ]}
      />,
    );
    await expect(readableSvg(svg)).toMatchFileSnapshot('__snapshots__/ranked-bars.svg');
    expect(svg).toContain('aria-label="Bolivia: 410"');
  });
});
