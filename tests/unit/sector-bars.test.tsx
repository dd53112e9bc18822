import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withheldFigure } from '../../src/domain/disclosure';
import { figure } from '../support/figures';
import type { Sex } from '../../src/domain/types';
import { SectorBars } from '../../src/ui/charts/SectorBars';
import { SEX_COLORS } from '../../src/ui/palette';
import { readableSvg } from '../support/readable-svg';

const bars = [
  { sector: 'sexual_exploitation' as const, victims: figure(412) },
  { sector: 'mining' as const, victims: figure(57) },
  { sector: 'begging' as const, victims: figure(4) },
  { sector: 'hospitality' as const, victims: withheldFigure },
];

describe('SectorBars', () => {
  it('renders the published figures as bars (golden SVG)', async () => {
    const svg = renderToStaticMarkup(<SectorBars bars={bars} selected={['mining']} />);
    await expect(readableSvg(svg)).toMatchFileSnapshot('__snapshots__/sector-bars.svg');
  });

  it('draws no bar for a hidden or withheld count and prints no number below k', () => {
    const svg = renderToStaticMarkup(<SectorBars bars={bars} selected={[]} />);
    expect(svg).toContain('Begging: &lt; 10');
    expect(svg).toContain('Hospitality: withheld');
    const widths = [...svg.matchAll(/<rect[^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]));
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths.slice(2)).toEqual([0, 0]);
    const numbers = [...svg.matchAll(/>([\d,]+)</g)].map((m) => Number(m[1]!.replace(',', '')));
    expect(numbers).toEqual([410, 55]);
  });

  it('stacks a bar by sex from published parts, the hidden ones drawing nothing', async () => {
    const svg = renderToStaticMarkup(
      <SectorBars
        selected={[]}
        bars={[
          {
            sector: 'mining',
            victims: figure(57),
            bySex: [
              { sex: 'female', victims: figure(22) },
              { sex: 'male', victims: figure(31) },
              { sex: 'unknown', victims: figure(4) },
            ],
          },
        ]}
      />,
    );
    await expect(readableSvg(svg)).toMatchFileSnapshot('__snapshots__/sector-bars-by-sex.svg');
    expect(svg).toContain('aria-label="Mining: 55 (female 20, male 30, not recorded &lt; 10)"');
    const rect = (attrs: string) =>
      new RegExp(`<rect ${attrs} x="([\\d.]+)" y="3" width="([\\d.]+)"`).exec(svg)!;
    const total = Number(rect('class="bar-total"')[2]);
    const segment = (sex: Sex) => rect(`class="segment" style="fill:${SEX_COLORS[sex]}"`);
    const female = segment('female');
    const male = segment('male');
    const unknown = segment('unknown');
    expect(Number(female[2]) / total).toBeCloseTo(20 / 55);
    expect(Number(male[1])).toBeCloseTo(Number(female[1]) + Number(female[2]));
    expect(Number(male[2]) / total).toBeCloseTo(30 / 55);
    expect(Number(unknown[2])).toBe(0);
  });
});
