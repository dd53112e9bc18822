import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { withheldFigure } from '../../src/domain/disclosure';
import { figure } from '../support/figures';
import type { PublishedSectorRoute } from '../../src/domain/publish';
import { SectorSankey, sankeyNodeId } from '../../src/ui/charts/SectorSankey';
import { sectorColor } from '../../src/ui/charts/sector-colors';
import { readableSvg } from '../support/readable-svg';

const links: PublishedSectorRoute[] = [
  { end: 'origin', place: 'BOL', sector: 'mining', victims: figure(120) },
  { end: 'origin', place: 'PER', sector: 'mining', victims: figure(42) },
  { end: 'origin', place: null, sector: 'agriculture', victims: figure(31) },
  { end: 'origin', place: 'PRY', sector: 'agriculture', victims: figure(4) },
  { end: 'destination', place: 'ARG', sector: 'mining', victims: figure(150) },
  { end: 'destination', place: 'CHL', sector: 'mining', victims: figure(16) },
  { end: 'destination', place: 'BRA', sector: 'agriculture', victims: withheldFigure },
  { end: 'destination', place: 'ARG', sector: 'agriculture', victims: figure(30) },
];

describe('SectorSankey', () => {
  it('renders origin → sector → destination from published figures (golden SVG)', async () => {
    const svg = renderToStaticMarkup(<SectorSankey links={links} selected={['mining']} />);
    await expect(readableSvg(svg)).toMatchFileSnapshot('__snapshots__/sector-sankey.svg');
  });

  it('draws only shown links, says how many are not drawn and prints no number below k', () => {
    const svg = renderToStaticMarkup(<SectorSankey links={links} selected={[]} />);
    const paths = [...svg.matchAll(/<path /g)];
    expect(paths).toHaveLength(6);
    expect(svg).toContain('2 links are below the threshold or withheld and not drawn.');
    expect(svg).toContain('Bolivia → Mining: 120 victims');
    expect(svg).toContain('Unknown origin → Agriculture: 30 victims');
    expect(svg).not.toContain('Paraguay');
    expect(svg).not.toContain('Brazil');
    const numbers = [...svg.matchAll(/: ([\d,]+) victims/g)].map((m) => Number(m[1]));
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(10);
    // Widths follow the published figures: Bolivia's mining link is the widest.
    const widths = new Map(
      [...svg.matchAll(/stroke-width="([\d.]+)"[^>]*><title>([^<]+)<\/title>/g)].map((m) => [
        m[2]!.split(':')[0]!,
        Number(m[1]),
      ]),
    );
    expect(widths.size).toBe(6);
    expect(widths.get('Mining → Argentina')).toBe(Math.max(...widths.values()));
    expect(widths.get('Bolivia → Mining')!).toBeGreaterThan(widths.get('Peru → Mining')! * 2);
  });

  it('makes each sector a button that toggles its filter', () => {
    const svg = renderToStaticMarkup(<SectorSankey links={links} selected={['mining']} />);
    expect(svg).toContain('aria-label="Mining: filter by this sector"');
    expect(svg).toMatch(/aria-pressed="true"[^>]*aria-label="Mining/);
    expect(svg).toMatch(
      /class="node sector-node bar-off"[^>]*aria-pressed="false"[^>]*aria-label="Agriculture/,
    );
  });

  it('colours each link by its sector and prints the published totals given to the nodes', () => {
    const totals = new Map([
      [sankeyNodeId('sector', 'mining'), figure(180)],
      [sankeyNodeId('origin', 'BOL'), figure(125)],
      [sankeyNodeId('destination', 'ARG'), withheldFigure],
    ]);
    const svg = renderToStaticMarkup(<SectorSankey links={links} selected={[]} totals={totals} />);
    const strokes = new Map(
      [...svg.matchAll(/style="stroke:([^"]+)"[^>]*><title>([^<]+)<\/title>/g)].map((m) => [
        m[2]!.split(':')[0]!,
        m[1],
      ]),
    );
    expect(strokes.get('Bolivia → Mining')).toBe(sectorColor('mining'));
    expect(strokes.get('Mining → Chile')).toBe(sectorColor('mining'));
    expect(strokes.get('Unknown origin → Agriculture')).toBe(sectorColor('agriculture'));
    expect(sectorColor('mining')).not.toBe(sectorColor('agriculture'));
    // Totals as published (never the links' sum: 120 + 42 = 162 for mining), withheld as such.
    expect(svg).toContain('>Mining<tspan class="node-total">: 180</tspan>');
    expect(svg).toContain('>Bolivia<tspan class="node-total">: 125</tspan>');
    expect(svg).toContain('>Argentina<tspan class="node-total">: withheld</tspan>');
    expect(svg).toContain('>Peru</text>');
    // Link titles name the nodes without their totals; a sector's button says what it shows.
    expect(svg).toContain('Bolivia → Mining: 120 victims');
    expect(svg).toContain('aria-label="Mining: 180: filter by this sector"');
  });

  it('greys the links of the sectors not filtered on', () => {
    const svg = renderToStaticMarkup(<SectorSankey links={links} selected={['mining']} />);
    expect(svg).toMatch(/class="link link-off"><title>Unknown origin → Agriculture/);
    expect(svg).not.toMatch(/style="stroke:[^"]+" class="link link-off"/);
  });
});
