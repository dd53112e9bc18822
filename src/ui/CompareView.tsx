import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { compareNames, formatYears } from '../i18n/format';
import { POPULATION as population } from '../domain/population';
import { countryName } from '../i18n/country-text';
import { drawableValue } from '../domain/disclosure';
import { formatDisclosed, policyNote } from '../i18n/disclosure-text';
import type { PlaceRole } from '../domain/publish';
import { populationOver, ratePer100k } from '../domain/rates';
import { formatRate } from '../i18n/rate-text';
import type { Iso3 } from '../domain/types';
import type { View } from '../state/use-dashboard';
import type { UrlShade } from '../state/url-state';
import { exportName } from '../export/names';
import { ChartExport } from './ChartExport';
import { RankedBars, type RankedBar } from './charts/RankedBars';
import { YearMultiples, type YearSeries } from './charts/YearMultiples';

/** How many countries the small multiples show (the top of the ranking, and the selected one). */
const MULTIPLES = 6;

const ROLES = ['incoming', 'outgoing', 'transit', 'involved'] as const satisfies PlaceRole[];
type CompareRole = (typeof ROLES)[number];

export interface CompareViewProps {
  view: View;
  /** The view's shade: a link's or slide's role and per-capita choice are the first shown. */
  shade: UrlShade;
  selected: Iso3 | null;
  onSelect: (place: Iso3) => void;
}

/** Countries ranked by victims in one role, absolute or per 100,000 people per year. */
export const CompareView = memo(function CompareView({
  view,
  shade,
  selected,
  onSelect,
}: CompareViewProps) {
  const { t } = useTranslation();
  const [role, setRole] = useState<CompareRole>(shade.role ?? 'incoming');
  const [perCapita, setPerCapita] = useState(shade.perCapita);
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
    .sort((a, b) => b.value - a.value || compareNames(a.label, b.label));
  const roleLabel = t(`compare.${role}`);
  const years = formatYears(yearFrom, yearTo);
  const ranked = t(perCapita ? 'compare.rankedPerCapita' : 'compare.ranked', { role: roleLabel });
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
          {t('compare.victims')}{' '}
          <select value={role} onChange={(e) => setRole(e.target.value as CompareRole)}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`compare.${r}`)}
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
          {t('compare.perCapita')}
        </label>
      </div>
      <ChartExport
        name={t('compare.chart')}
        fileName={exportName(`rutas-countries-${role}${perCapita ? '-per-100k' : ''}`, view.filter)}
        caption={t('compare.caption', { what: ranked, years, note: policyNote(view.policy) })}
      >
        <RankedBars
          bars={bars}
          label={t('compare.ranked', { role: roleLabel })}
          selected={selected ? [selected] : []}
          onSelect={onSelect}
        />
      </ChartExport>
      <h3>{t('compare.overYears')}</h3>
      <p className="hint">
        {t(
          perCapita
            ? selected
              ? 'compare.hintPerCapitaSelected'
              : 'compare.hintPerCapita'
            : selected
              ? 'compare.hintSelected'
              : 'compare.hint',
          { role: roleLabel, n: MULTIPLES },
        )}
      </p>
      <YearMultiples
        series={series}
        years={view.published.years.map((y) => y.year)}
        yearFrom={yearFrom}
        yearTo={yearTo}
        unit={t(perCapita ? 'compare.unitPerCapita' : 'compare.unit', { role: roleLabel })}
        selected={selected}
      />
      <p className="table-note" data-not-a-count>
        {policyNote(view.policy)}{' '}
        {perCapita && t('compare.rates', { years, source: population.source })}
      </p>
    </div>
  );
});
