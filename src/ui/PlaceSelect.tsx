import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { countryName } from '../i18n/country-text';
import type { Iso3 } from '../domain/types';
import { compareNames } from '../i18n/format';

export interface PlaceSelectProps {
  /** The countries of the view. */
  places: readonly Iso3[];
  selected: Iso3 | null;
  onSelect: (place: Iso3 | null) => void;
}

/**
 * The selected country as a list: what clicking a country on the map does, for the keyboard and
 * screen readers (the map itself pans and zooms with the arrow keys, + and −).
 */
export const PlaceSelect = memo(function PlaceSelect({
  places,
  selected,
  onSelect,
}: PlaceSelectProps) {
  const { t } = useTranslation();
  const options = [...new Set(selected ? [...places, selected] : places)]
    .map((place) => ({ place, name: countryName(place) }))
    .sort((a, b) => compareNames(a.name, b.name));
  return (
    <label className="control place-select">
      {t('map.choose')}{' '}
      <select value={selected ?? ''} onChange={(e) => onSelect(e.target.value || null)}>
        <option value="">{t('map.chooseNone')}</option>
        {options.map((o) => (
          <option key={o.place} value={o.place}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
});
