import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { disclose, withheldFigure } from '../../src/domain/disclosure';
import { SectorBars } from '../../src/ui/charts/SectorBars';

const bars = [
  { sector: 'sexual_exploitation' as const, victims: disclose(412) },
  { sector: 'mining' as const, victims: disclose(57) },
  { sector: 'begging' as const, victims: disclose(4) },
  { sector: 'hospitality' as const, victims: withheldFigure },
];

describe('SectorBars', () => {
  it('renders the published figures as bars (golden SVG)', async () => {
    const svg = renderToStaticMarkup(<SectorBars bars={bars} selected={['mining']} />);
    await expect(svg).toMatchFileSnapshot('__snapshots__/sector-bars.svg');
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
});
