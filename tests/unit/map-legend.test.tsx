import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { resolvePolicy } from '../../src/domain/disclosure';
import { i18n } from '../../src/i18n';
import { legendSamples } from '../../src/map/legend-samples';
import { EMPTY_MAP_DATA, type MapData } from '../../src/map/map-data';
import { MapLegend } from '../../src/ui/MapLegend';
import { readableSvg } from '../support/readable-svg';

const policy = resolvePolicy();
const data: MapData = { ...EMPTY_MAP_DATA, hiddenLegs: 3, unmappedLegs: 1 };
const scale = { flowMax: 400, circleMax: 800 };
const samples = legendSamples(scale, null, data, policy.k, policy.k);

const render = () =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <MapLegend
        data={data}
        scale={scale}
        samples={samples}
        policy={policy}
        perCapitaOf={null}
        shading={{
          label: 'victims as origin',
          perCapita: false,
          classes: [
            { from: 10, to: 49, color: '#fde0c5' },
            { from: 50, to: 200, color: '#eb7f54' },
          ],
        }}
      />
    </I18nextProvider>,
  );

describe('MapLegend', () => {
  it('renders widths, ramp, circles, shading and the disclosure rule (golden SVG)', async () => {
    await expect(readableSvg(render())).toMatchFileSnapshot('__snapshots__/map-legend.svg');
  });

  it('labels no sample below the threshold and carries the notes', () => {
    const html = render();
    const values = [...html.matchAll(/class="legend-value"[^>]*>([\d,]+)</g)].map((m) =>
      Number(m[1]!.replace(/,/g, '')),
    );
    expect(values.length).toBeGreaterThan(3);
    expect(Math.min(...values)).toBeGreaterThanOrEqual(policy.k);
    expect(html).toContain('data-hidden-legs="3"');
    expect(html).toContain('data-unmapped-legs="1"');
    expect(html).not.toContain('data-legs-without-rate');
    expect(html).toContain('10–49');
  });
});
