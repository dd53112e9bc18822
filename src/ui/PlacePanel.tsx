import { countryName } from '../domain/countries';
import { drawableValue, formatDisclosed } from '../domain/disclosure';
import type { PlaceRole, PublishedPlaceYear } from '../domain/publish';
import type { Iso3 } from '../domain/types';
import type { MapData } from '../map/map-data';
import { YearMultiples, type YearSeries } from './charts/YearMultiples';

const TREND_ROLES: { role: PlaceRole; label: string }[] = [
  { role: 'outgoing', label: 'Moved out' },
  { role: 'incoming', label: 'Moved in' },
  { role: 'transit', label: 'Moved through' },
  { role: 'internal', label: 'Internal' },
];

export interface PlacePanelProps {
  place: Iso3;
  data: MapData | null;
  /** Published per-country totals per year (every year, the other filters applied). */
  placeYears: readonly PublishedPlaceYear[];
  /** The years on the trend's axis, and the range in force. */
  years: readonly number[];
  yearFrom: number;
  yearTo: number;
  onClear: () => void;
}

/** Totals for the selected country, published figures only. */
export function PlacePanel({
  place,
  data,
  placeYears,
  years,
  yearFrom,
  yearTo,
  onClear,
}: PlacePanelProps) {
  const totals = data?.places.find((p) => p.place === place);
  // Its busiest partners: the legs drawn into and out of it (already in published order).
  const partners = (data?.flows ?? [])
    .filter((f) => f.from === place || f.to === place)
    .slice(0, 5);
  // The trend: each role with something to show, per year.
  const mine = placeYears.filter((p) => p.place === place);
  const trend: YearSeries[] = TREND_ROLES.map(({ role, label }) => ({
    id: role,
    label,
    points: mine.map((p) => ({
      year: p.year,
      value: drawableValue(p[role]),
      text: formatDisclosed(p[role]),
    })),
  })).filter((s) => s.points.some((p) => p.value > 0));
  return (
    <section className="place-panel" aria-labelledby="place-title">
      <h2 id="place-title">{countryName(place)}</h2>
      <p className="hint">Showing every route that starts, passes through or ends here.</p>
      {totals ? (
        <dl>
          <dt>Moved out (origin)</dt>
          <dd>{formatDisclosed(totals.outgoing)}</dd>
          <dt>Moved in (destination)</dt>
          <dd>{formatDisclosed(totals.incoming)}</dd>
          <dt>Moved through (transit)</dt>
          <dd>{formatDisclosed(totals.transit)}</dd>
          <dt>Internal</dt>
          <dd>{formatDisclosed(totals.internal)}</dd>
        </dl>
      ) : (
        <p>No victims recorded here under the current filters.</p>
      )}
      {partners.length > 0 && (
        <>
          <h3>Main partners</h3>
          <ul className="partners" aria-label="Main partners">
            {partners.map((f) => (
              <li key={`${f.from}>${f.to}`}>
                {f.from === place ? `to ${countryName(f.to)}` : `from ${countryName(f.from)}`}:{' '}
                {formatDisclosed(f.victims)}
              </li>
            ))}
          </ul>
          <p className="hint">
            The sector chart and the year histogram above now show this country&rsquo;s routes.
          </p>
        </>
      )}
      {trend.length > 0 && (
        <>
          <h3>Trend</h3>
          <YearMultiples
            series={trend}
            years={years}
            yearFrom={yearFrom}
            yearTo={yearTo}
            unit="victims"
            width={120}
            height={60}
          />
        </>
      )}
      <button type="button" onClick={onClear}>
        Clear selection
      </button>
    </section>
  );
}
