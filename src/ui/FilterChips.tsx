import { countryName } from '../domain/countries';
import { SECTOR_LABELS } from '../domain/sectors';
import type { Filter } from '../domain/types';
import type { FilterAction } from '../state/filters';

export interface FilterChipsProps {
  filter: Filter;
  yearMin: number;
  yearMax: number;
  dispatch: (action: FilterAction) => void;
}

const SEX_WORDS: Record<string, string> = {
  female: 'Female',
  male: 'Male',
  other: 'Other sex',
  unknown: 'Sex not recorded',
};
const AGE_WORDS: Record<string, string> = {
  adult: 'Adults',
  minor: 'Minors',
  unknown: 'Age not recorded',
};

/** The filters in force, one chip each that removes it, and a reset of them all. */
export function FilterChips({ filter, yearMin, yearMax, dispatch }: FilterChipsProps) {
  const chips: { label: string; action: FilterAction }[] = [];
  if (filter.yearFrom !== yearMin || filter.yearTo !== yearMax) {
    const years =
      filter.yearFrom === filter.yearTo
        ? `${filter.yearFrom}`
        : `${filter.yearFrom}–${filter.yearTo}`;
    chips.push({
      label: `Years ${years}`,
      action: { type: 'years', yearFrom: yearMin, yearTo: yearMax },
    });
  }
  for (const sector of filter.sectors) {
    chips.push({ label: SECTOR_LABELS[sector], action: { type: 'toggleSector', sector } });
  }
  for (const sex of filter.sexes ?? []) {
    chips.push({ label: SEX_WORDS[sex]!, action: { type: 'toggleSex', sex } });
  }
  for (const ageGroup of filter.ageGroups ?? []) {
    chips.push({ label: AGE_WORDS[ageGroup]!, action: { type: 'toggleAge', ageGroup } });
  }
  if (filter.place) {
    chips.push({
      label: `Routes via ${countryName(filter.place)}`,
      action: { type: 'select', place: null },
    });
  }
  if (chips.length === 0) return null;
  return (
    <div className="chips" role="group" aria-label="Filters in force" data-not-a-count>
      {chips.map((c) => (
        <button
          type="button"
          className="chip"
          key={c.label}
          aria-label={`Remove filter: ${c.label}`}
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
        Reset all filters
      </button>
    </div>
  );
}
