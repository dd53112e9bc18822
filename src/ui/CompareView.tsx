import { useState } from 'react';
import { POPULATION as population } from '../domain/population';
import { countryName } from '../domain/countries';
import { drawableValue, formatDisclosed, policyNote } from '../domain/disclosure';
import type { PlaceRole } from '../domain/publish';
import { formatRate, populationOver, ratePer100k } from '../domain/rates';
import type { Iso3 } from '../domain/types';
import type { View } from '../state/use-dashboard';
import { exportName } from '../export/names';
import { ChartExport } from './ChartExport';
import { RankedBars, type RankedBar } from './charts/RankedBars';
import { YearMultiples, type YearSeries } from './charts/YearMultiples';

/** How many countries the small multiples show (the top of the ranking, and the selected one). */
const MULTIPLES = 6;

const ROLES: { role: PlaceRole; label: string }[] = [
  { role: 'incoming', label: 'as destination' },
  { role: 'outgoing', label: 'as origin' },
  { role: 'transit', label: 'as transit' },
  { role: 'involved', label: 'involved in any way' },
];

export interface CompareViewProps {
  view: View;
  selected: Iso3 | null;
  onSelect: (place: Iso3) => void;
}

/** Countries ranked by victims in one role, absolute or per 100,000 people per year. */
export function CompareView({ view, selected, onSelect }: CompareViewProps) {
  const [role, setRole] = useState<PlaceRole>('incoming');
  const [perCapita, setPerCapita] = useState(false);
  const { yearFrom, yearTo } = view.filter;
  const bars: RankedBar[] = view.published.places
    .map((p) => {
      const count = p[role];
      if (!perCapita) {
        return {
          id: p.place,
          label: countryName(p.place),
          value: drawableValue(count),
          text: formatDisclosed(count),
        };
      }
      const rate = ratePer100k(count, populationOver(population, p.place, yearFrom, yearTo));
      return {
        id: p.place,
        label: countryName(p.place),
        value: rate.kind === 'rate' ? rate.value : 0,
        text: formatRate(rate),
      };
    })
    .sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
  const roleLabel = ROLES.find((r) => r.role === role)!.label;
  const shown = bars.slice(0, MULTIPLES).map((b) => b.id);
  if (selected && !shown.includes(selected)) shown.push(selected);
  const series: YearSeries[] = shown
    .map((place) => ({
      id: place,
      label: countryName(place),
      points: view.published.placeYears
        .filter((p) => p.place === place)
        .map((p) => {
          const count = p[role];
          if (!perCapita) {
            return { year: p.year, value: drawableValue(count), text: formatDisclosed(count) };
          }
          const rate = ratePer100k(count, populationOver(population, place, p.year, p.year));
          return {
            year: p.year,
            value: rate.kind === 'rate' ? rate.value : 0,
            text: formatRate(rate),
          };
        }),
    }))
    // A country with nothing to draw in any year gets no chart.
    .filter((s) => s.points.some((p) => p.value > 0));
  return (
    <div className="compare-view">
      <div className="compare-controls">
        <label>
          Victims{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as PlaceRole)}>
            {ROLES.map((r) => (
              <option key={r.role} value={r.role}>
                {r.label}
              </option>
            ))}
          </select>
        </label>
        <label className="check">
          <input
            type="checkbox"
            checked={perCapita}
            onChange={(e) => setPerCapita(e.target.checked)}
          />{' '}
          per 100,000 people per year
        </label>
      </div>
      <ChartExport
        name="Countries compared"
        fileName={exportName(`rutas-countries-${role}${perCapita ? '-per-100k' : ''}`, view.filter)}
        caption={`Countries by victims ${roleLabel}${perCapita ? ' per 100,000 people per year' : ''}, ${yearFrom}–${yearTo}. ${policyNote(view.policy)}`}
      >
        <RankedBars
          bars={bars}
          label={`Countries by victims ${roleLabel}`}
          selected={selected ? [selected] : []}
          onSelect={onSelect}
        />
      </ChartExport>
      <h3>Over the years</h3>
      <p className="hint">
        Victims {roleLabel}
        {perCapita ? ' per 100,000 people' : ''} in each year, on one scale, for the first{' '}
        {MULTIPLES} countries above{selected ? ' and the one selected' : ''}; the years outside the
        range are grey.
      </p>
      <YearMultiples
        series={series}
        years={view.published.years.map((y) => y.year)}
        yearFrom={yearFrom}
        yearTo={yearTo}
        unit={`victims ${roleLabel}${perCapita ? ' per 100,000 people' : ''}`}
        selected={selected}
      />
      <p className="table-note" data-not-a-count>
        {policyNote(view.policy)}{' '}
        {perCapita &&
          `Rates divide the published (rounded-down) count by the population summed over ` +
            `${yearFrom}–${yearTo}. Population: ${population.source}`}
      </p>
    </div>
  );
}
