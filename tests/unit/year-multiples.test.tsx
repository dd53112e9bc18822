import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { YearMultiples, type YearSeries } from '../../src/ui/charts/YearMultiples';
import { readableSvg } from '../support/readable-svg';

const series: YearSeries[] = [
  {
    id: 'ARG',
    label: 'Argentina',
    points: [
      { year: 2018, value: 400, text: '400' },
      { year: 2019, value: 200, text: '200' },
      { year: 2020, value: 0, text: '< 10' },
    ],
  },
  {
    id: 'BOL',
    label: 'Bolivia',
    points: [
      { year: 2018, value: 100, text: '100' },
      { year: 2020, value: 0, text: 'withheld' },
    ],
  },
];

const render = () =>
  renderToStaticMarkup(
    <YearMultiples
      series={series}
      years={[2018, 2019, 2020]}
      yearFrom={2019}
      yearTo={2020}
      unit="victims as destination"
      selected="BOL"
    />,
  );

describe('YearMultiples', () => {
  it('renders one chart per series on a shared scale (golden SVG)', async () => {
    await expect(readableSvg(render())).toMatchFileSnapshot('__snapshots__/year-multiples.svg');
  });

  it('shares one scale, greys the years out of range and reads every year aloud', () => {
    const svg = render();
    const heights = [...svg.matchAll(/<rect[^>]*height="([\d.]+)"[^>]*><title>([^<]+)</g)].map(
      (m) => [m[2]!, Number(m[1])] as const,
    );
    const h = new Map(heights);
    expect(h.get('Argentina 2018: 400')).toBeCloseTo(4 * h.get('Bolivia 2018: 100')!);
    expect(h.get('Argentina 2019: 200')).toBeCloseTo(2 * h.get('Bolivia 2018: 100')!);
    expect(h.get('Argentina 2020: &lt; 10')).toBe(0);
    expect(h.get('Bolivia 2019: none')).toBe(0);
    // 2018 is outside the range: its bars are not marked in range.
    expect(svg).toMatch(/<rect x="0"[^>]*height="[\d.]+"><title>Argentina 2018/);
    expect(svg).toMatch(/<rect class="in"[^>]*><title>Argentina 2019/);
    expect(svg).toContain(
      'aria-label="Bolivia, victims as destination by year: 2018 100; 2019 none; 2020 withheld"',
    );
    expect(svg).toMatch(/class="multiple selected"[^>]*aria-label="Bolivia/);
  });
});
