import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withheldFigure } from '../../src/domain/disclosure';
import { YearHistogram } from '../../src/ui/charts/YearHistogram';
import { figure } from '../support/figures';
import { readableSvg } from '../support/readable-svg';

const years = [
  { year: 2019, victims: figure(120) },
  { year: 2020, victims: figure(4) },
  { year: 2021, victims: withheldFigure },
  { year: 2022, victims: figure(60) },
];

describe('YearHistogram', () => {
  it('renders published figures per year, the range highlighted (golden SVG)', async () => {
    const svg = renderToStaticMarkup(<YearHistogram years={years} from={2020} to={2022} />);
    await expect(readableSvg(svg)).toMatchFileSnapshot('__snapshots__/year-histogram.svg');
  });

  it('draws no bar for a hidden or withheld year and marks the range', () => {
    const svg = renderToStaticMarkup(<YearHistogram years={years} from={2020} to={2022} />);
    const heights = [...svg.matchAll(/<rect[^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(heights[0]).toBeGreaterThan(heights[3]!);
    expect(heights[3]).toBeGreaterThan(0);
    expect([heights[1], heights[2]]).toEqual([0, 0]);
    expect([...svg.matchAll(/class="(year(?: in)?)"/g)].map((m) => m[1])).toEqual([
      'year',
      'year in',
      'year in',
      'year in',
    ]);
    expect(svg).toContain('<title>2020: &lt; 10</title>');
    expect(svg).toContain('<title>2021: withheld</title>');
  });
});
