/** The benchmark's scripted filter changes, each with the action it makes (scripts/bench.ts). */
import type { Page } from 'playwright-core';
import type { Sector } from '../src/domain/sectors';
import { countryName } from '../src/i18n/country-text';
import { sectorLabel } from '../src/i18n/labels';
import type { FilterAction } from '../src/state/filters';

export interface Step {
  action: FilterAction;
  run: (page: Page) => Promise<void>;
}

/** ≥ 50 filter changes over years, sectors and a selected country, as a user makes them. */
export function filterSteps(yearMin: number, yearMax: number): Step[] {
  const sectors: Sector[] = ['sexual_exploitation', 'domestic_work', 'agriculture', 'mining'];
  const countries = ['ARG', 'PER', 'CHL', 'BRA', 'BOL', 'COL'];
  const slider = (page: Page, which: 'from' | 'to', year: number) =>
    page
      .getByRole('slider', { name: which === 'from' ? 'Year from' : 'Year to' })
      .fill(String(year));
  const sector = (s: Sector): Step => ({
    action: { type: 'toggleSector', sector: s },
    run: (page) => page.getByRole('checkbox', { name: sectorLabel(s), exact: true }).click(),
  });
  const country = (iso3: string, place: string | null): Step => ({
    action: { type: 'select', place },
    run: (page) =>
      page
        .getByRole('group', { name: /^Countries by victims/ })
        .getByRole('button', { name: new RegExp(`^${countryName(iso3)}: `) })
        // By keyboard: a short bar leaves most of its row to the chart behind it.
        .press('Enter'),
  });
  const steps: Step[] = [];
  let to = yearMax;
  for (let r = 0; r < 6; r++) {
    const a = sectors[r % sectors.length]!;
    const b = sectors[(r + 1) % sectors.length]!;
    const c = countries[r]!;
    const newFrom = yearMin + 2 * (r + 1);
    const newTo = yearMax - r - 1;
    steps.push(
      {
        action: { type: 'years', yearFrom: newFrom, yearTo: to },
        run: (p) => slider(p, 'from', newFrom),
      },
      {
        action: { type: 'years', yearFrom: newFrom, yearTo: newTo },
        run: (p) => slider(p, 'to', newTo),
      },
      sector(a),
      sector(b),
      country(c, c),
      sector(a),
      country(c, null),
      sector(b),
      {
        action: { type: 'years', yearFrom: yearMin, yearTo: newTo },
        run: (p) => slider(p, 'from', yearMin),
      },
    );
    to = newTo;
  }
  return steps;
}
