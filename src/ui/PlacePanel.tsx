import { useTranslation } from 'react-i18next';
import { countryName } from '../i18n/country-text';
import { roleLabel } from '../i18n/labels';
import { drawableValue } from '../domain/disclosure';
import { isKnownPlace } from '../domain/gazetteer';
import { formatDisclosed } from '../i18n/disclosure-text';
import type { PlaceRole, PublishedPlaceYear } from '../domain/publish';
import type { Iso3 } from '../domain/types';
import type { MapData } from '../map/map-data';
import { YearMultiples, type YearSeries } from './charts/YearMultiples';

const TREND_ROLES = ['outgoing', 'incoming', 'transit', 'internal'] as const satisfies PlaceRole[];

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
  const { t } = useTranslation();
  // A place inside a country is drawn at the map's place level, with its own totals and legs.
  const level = data && isKnownPlace(place) && data.placeLevel ? data.placeLevel : data;
  const totals = level?.places.find((p) => p.place === place);
  // Its busiest partners: the legs drawn into and out of it (already in published order).
  const partners = (level?.flows ?? [])
    .filter((f) => f.from === place || f.to === place)
    .slice(0, 5);
  // The trend: each role with something to show, per year.
  const mine = placeYears.filter((p) => p.place === place);
  const trend: YearSeries[] = TREND_ROLES.map((role) => ({
    id: role,
    label: t(`trend.${role}`),
    points: mine.map((p) => ({
      year: p.year,
      value: drawableValue(p[role]),
      text: formatDisclosed(p[role]),
    })),
  })).filter((s) => s.points.some((p) => p.value > 0));
  return (
    <section className="place-panel" aria-labelledby="place-title">
      <h2 id="place-title">{countryName(place)}</h2>
      <p className="hint">{t('place.hint')}</p>
      {totals ? (
        <dl>
          {TREND_ROLES.map((role) => (
            <div key={role}>
              <dt>{roleLabel(role)}</dt>
              <dd>{formatDisclosed(totals[role])}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p>{t('place.none')}</p>
      )}
      {partners.length > 0 && (
        <>
          <h3>{t('place.partners')}</h3>
          <ul className="partners" aria-label={t('place.partners')}>
            {partners.map((f) => (
              <li key={`${f.from}>${f.to}`}>
                {f.from === place
                  ? t('place.to', { country: countryName(f.to) })
                  : t('place.from', { country: countryName(f.from) })}
                : {formatDisclosed(f.victims)}
              </li>
            ))}
          </ul>
          <p className="hint">{t('place.partnersHint')}</p>
        </>
      )}
      {trend.length > 0 && (
        <>
          <h3>{t('place.trend')}</h3>
          <YearMultiples
            series={trend}
            years={years}
            yearFrom={yearFrom}
            yearTo={yearTo}
            unit={t('chartText.victims')}
            width={120}
            height={60}
          />
        </>
      )}
      <button type="button" onClick={onClear}>
        {t('place.clear')}
      </button>
    </section>
  );
}
