/**
 * Markup and SQL from a file stay text: in the map's tooltips (the one place HTML is built as a
 * string, so every value is escaped), in the column-mapping dialog and in the load report.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Iso3 } from '../../src/domain/types';
import type { Sector } from '../../src/domain/sectors';
import { flowTooltipHtml, placeTooltipHtml } from '../../src/map/tooltip';
import type { MapFlow, MapPlace } from '../../src/map/map-data';
import type { DatasetInfo, Datasets, MappingRequest } from '../../src/state/use-datasets';
import { DatasetList } from '../../src/ui/DatasetList';
import { MappingDialog } from '../../src/ui/MappingDialog';
import { importFile } from '../../src/data/ingest/import-file';
import { MAPPABLE_FIELDS, NeedsMapping } from '../../src/data/ingest/importers';
import { HOSTILE } from '../support/fuzz-inputs';

const IMG = '<img src=x onerror=alert(1)>';

/** The elements in rendered HTML (a value rendered as markup would add one). */
const tags = (html: string) => [...html.matchAll(/<([a-z][a-z0-9]*)/gi)].map((m) => m[1]);

describe('the map tooltips', () => {
  it('escape every value they interpolate', () => {
    // A code no country has is shown as it is, and a sector as its key: hostile both.
    const flow: MapFlow = {
      from: IMG as Iso3,
      to: '"><script>alert(1)</script>' as Iso3,
      victims: { kind: 'shown', value: 20 },
      sectors: [{ sector: `${IMG}&amp;` as Sector, victims: { kind: 'suppressed', k: 10 } }],
    };
    const html = flowTooltipHtml(flow);
    expect(tags(html)).toEqual(['strong', 'div', 'div', 'ul', 'li']);
    expect(html).toContain('&#60;img src=x onerror=alert(1)&#62;');
    expect(html).toContain('&#34;&#62;&#60;script&#62;');
    expect(html).toContain('&#38;amp;');
    const place = {
      place: `'); DROP TABLE cases; --${IMG}` as Iso3,
      position: [0, 0],
      involved: { kind: 'shown', value: 40 },
      outgoing: { kind: 'withheld' },
      incoming: { kind: 'suppressed', k: 10 },
      transit: { kind: 'shown', value: 0 },
      internal: { kind: 'shown', value: 12 },
    } as MapPlace;
    const placeHtml = placeTooltipHtml(place);
    expect(tags(placeHtml)).toEqual(['strong', 'div', 'div', 'div', 'div', 'div']);
    expect(placeHtml).toContain('&#39;); DROP TABLE cases; --&#60;img');
  });

  it('are the only HTML built from strings: no other component sets innerHTML', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const f of readdirSync(dir)) {
        const p = path.join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(f)) files.push(p);
      }
    };
    const src = path.join(import.meta.dirname, '../../src');
    walk(src);
    const setting = files
      .filter((f) =>
        /dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/.test(
          readFileSync(f, 'utf8'),
        ),
      )
      .map((f) => path.relative(src, f));
    expect(setting).toEqual(['map/FlowMap.tsx']);
    expect(readFileSync(path.join(src, 'map/FlowMap.tsx'), 'utf8')).toMatch(
      /dangerouslySetInnerHTML=\{\{ __html: tooltipHtml\(hover\) \}\}/,
    );
  });
});

describe('a file whose header and values are markup and SQL', () => {
  const csv = [
    HOSTILE.map((h) => `"${h.replaceAll('"', '""')}"`).join(','),
    HOSTILE.map((h) => `"${h.replaceAll('"', '""')}"`).join(','),
  ].join('\n');

  it('is offered for mapping with its columns shown as text', async () => {
    const error = await importFile('x.csv', new TextEncoder().encode(csv)).catch((e) => e);
    expect(error).toBeInstanceOf(NeedsMapping);
    const { header, preview } = error as NeedsMapping;
    const request: MappingRequest = {
      source: { name: `${IMG}.csv`, bytes: () => Promise.reject(new Error('not read')) },
      message: (error as Error).message,
      header,
      preview,
    };
    const html = renderToStaticMarkup(
      <MappingDialog request={request} onLoad={() => {}} onCancel={() => {}} />,
    );
    expect(tags(html)).not.toContain('img');
    expect(tags(html)).not.toContain('script');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&#x27;); drop table cases; --');
    // Each column is an option of each field's list, and a column of the preview.
    expect(html.match(/<option value="&lt;img src=x onerror=alert\(1\)&gt;">/g)).toHaveLength(
      MAPPABLE_FIELDS.length,
    );
  });

  it('has its values shown as text in the load report', async () => {
    const rows = HOSTILE.map((h) => `2020,"${h.replaceAll('"', '""')}",ARG`);
    const text = ['year,origin,destination', ...rows, '2021,BOL,ARG'].join('\n');
    const { report } = await importFile(`${IMG}.csv`, new TextEncoder().encode(text));
    const info = {
      id: 'file1',
      label: `${IMG}.csv`,
      synthetic: false,
      disclosureFloor: null,
      report,
    } as DatasetInfo;
    const data = { datasets: [info], active: info, loading: null } as unknown as Datasets;
    const html = renderToStaticMarkup(<DatasetList data={data} />);
    expect(tags(html)).not.toContain('img');
    expect(tags(html)).not.toContain('script');
    expect(html).toContain('Not understood, origin &quot;&lt;img src=x onerror=alert(1)&gt;&quot;');
    expect(html).toContain('origin &quot;&#x27;); DROP TABLE cases; --&quot;');
    expect(html).toContain(
      'origin &quot;&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;',
    );
  });
});
