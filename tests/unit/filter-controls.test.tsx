import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { withheldFigure } from '../../src/domain/disclosure';
import { figure } from '../support/figures';
import { i18n } from '../../src/i18n';
import { FilterControls } from '../../src/ui/FilterControls';

const render = (years: Parameters<typeof FilterControls>[0]['years']) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={i18n}>
      <FilterControls
        extent={{ yearMin: 2020, yearMax: 2022 }}
        filter={{ yearFrom: 2020, yearTo: 2022, sectors: [], place: null }}
        years={years}
        dispatch={() => undefined}
      />
    </I18nextProvider>,
  );

describe('FilterControls', () => {
  it('says why the year histogram is empty when no year has a bar', () => {
    const hidden = [2020, 2021, 2022].map((year, i) => ({
      year,
      victims: i === 1 ? withheldFigure : figure(3),
    }));
    expect(render(hidden)).toContain('No year has a bar under the other filters');
    const shown = hidden.map((y) => ({ ...y, victims: figure(40) }));
    expect(render(shown)).not.toContain('No year has a bar');
  });
});
