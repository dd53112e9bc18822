import { useTranslation } from 'react-i18next';
import { countryName } from '../i18n/country-text';
import { formatYears } from '../i18n/format';
import { sectorLabel } from '../i18n/labels';
import type { Filter } from '../domain/types';
import type { FilterAction } from '../state/filters';

export interface FilterChipsProps {
  filter: Filter;
  yearMin: number;
  yearMax: number;
  dispatch: (action: FilterAction) => void;
}

/** The filters in force, one chip each that removes it, and a reset of them all. */
export function FilterChips({ filter, yearMin, yearMax, dispatch }: FilterChipsProps) {
  const { t } = useTranslation();
  const chips: { label: string; action: FilterAction }[] = [];
  if (filter.yearFrom !== yearMin || filter.yearTo !== yearMax) {
    chips.push({
      label: t('chips.years', { years: formatYears(filter.yearFrom, filter.yearTo) }),
      action: { type: 'years', yearFrom: yearMin, yearTo: yearMax },
    });
  }
  for (const sector of filter.sectors) {
    chips.push({ label: sectorLabel(sector), action: { type: 'toggleSector', sector } });
  }
  for (const sex of filter.sexes ?? []) {
    chips.push({ label: t(`chips.sex.${sex}`), action: { type: 'toggleSex', sex } });
  }
  for (const ageGroup of filter.ageGroups ?? []) {
    chips.push({ label: t(`chips.age.${ageGroup}`), action: { type: 'toggleAge', ageGroup } });
  }
  if (filter.place) {
    chips.push({
      label: t('chips.via', { country: countryName(filter.place) }),
      action: { type: 'select', place: null },
    });
  }
  if (chips.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label={t('chips.label')} data-not-a-count>
      {chips.map((c) => (
        <button
          type="button"
          className="chip"
          key={c.label}
          aria-label={t('chips.remove', { filter: c.label })}
          onClick={() => dispatch(c.action)}
        >
          {c.label} <span aria-hidden="true">×</span>
        </button>
      ))}
      <button
        type="button"
        className="link"
        onClick={() => dispatch({ type: 'reset', yearMin, yearMax })}
      >
        {t('chips.reset')}
      </button>
    </div>
  );
}
